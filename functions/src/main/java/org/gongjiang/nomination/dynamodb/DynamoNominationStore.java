package org.gongjiang.nomination.dynamodb;

import static org.gongjiang.platform.dynamodb.Transaction.ifFailed;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.campaign.dynamodb.CampaignItemMapper;
import org.gongjiang.nomination.application.NominationStore;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.dynamodb.Transaction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Nominations in NominationsTable. A submission also counts on the campaign's item in CampaignsTable
 * (the count that locks the campaign's nomination rules), in the same transaction as the nomination.
 */
public final class DynamoNominationStore implements NominationStore {

    private static final Duration IDEMPOTENCY_RETENTION = Duration.ofHours(24);
    private static final String LAST = "last";
    private static final String USED = "used";

    private final NominationTable table;
    private final String tableName;

    public DynamoNominationStore(DynamoDbClient dynamo, String table, String campaignsTable) {
        this.table = new NominationTable(dynamo, table, campaignsTable);
        this.tableName = table;
    }

    @Override
    public long lastNominationNumber(String campaignId) {
        return table.item(NominationKeys.sequence(campaignId)).map(item -> Attributes.numberOrZero(item, LAST)).orElse(0L);
    }

    @Override
    public SubmitOutcome submit(Nomination nomination, long number, int enterpriseQuota, Optional<IdempotencyRecord> idempotency,
                                AuditEntry audit) {
        String campaignId = nomination.campaignId();
        AttributeValue expiresAt = Attributes.n(nomination.expiresAt().getEpochSecond());
        Transaction transaction = new Transaction();
        int nominationAction = transaction.add(table.put(NominationItemMapper.toItem(nomination), true));
        int personAction = transaction.add(table.put(personMarker(nomination), true));
        int quotaAction = transaction.add(TransactWriteItem.builder().update(Update.builder().tableName(tableName)
                .key(NominationKeys.quota(campaignId, nomination.enterprise().creditCode()))
                .updateExpression("ADD #used :one SET #expiresAt = :expiresAt")
                .conditionExpression("attribute_not_exists(#used) OR #used < :quota")
                .expressionAttributeNames(Map.of("#used", USED, "#expiresAt", NominationItemMapper.EXPIRES_AT))
                .expressionAttributeValues(Map.of(":one", Attributes.n(1), ":quota", Attributes.n(enterpriseQuota),
                        ":expiresAt", expiresAt))
                .build()).build());
        int campaignAction = transaction.add(table.campaignCount(campaignId, CampaignItemMapper.NOMINATIONS_SUBMITTED));
        transaction.add(table.audit(audit, nomination));
        int sequenceAction = transaction.add(TransactWriteItem.builder().update(Update.builder().tableName(tableName)
                .key(NominationKeys.sequence(campaignId))
                .updateExpression("SET #last = :number")
                .conditionExpression(number == 1 ? "attribute_not_exists(#last)" : "#last = :previous")
                .expressionAttributeNames(Map.of("#last", LAST))
                .expressionAttributeValues(number == 1 ? Map.of(":number", Attributes.n(number))
                        : Map.of(":number", Attributes.n(number), ":previous", Attributes.n(number - 1)))
                .build()).build());
        int idempotencyAction = idempotency.map(record -> transaction.add(table.put(NominationItemMapper.idempotencyItem(record,
                record.submittedAt().plus(IDEMPOTENCY_RETENTION)), true))).orElse(Transaction.NOT_ADDED);
        return transaction.write(table.dynamo(), SubmitOutcome.STORED,
                ifFailed(idempotencyAction, SubmitOutcome.IDEMPOTENCY_KEY_TAKEN),
                ifFailed(sequenceAction, SubmitOutcome.NUMBER_TAKEN),
                ifFailed(nominationAction, SubmitOutcome.NUMBER_TAKEN),
                ifFailed(personAction, SubmitOutcome.DUPLICATE_PERSON),
                ifFailed(quotaAction, SubmitOutcome.QUOTA_EXHAUSTED),
                ifFailed(campaignAction, SubmitOutcome.NO_CAMPAIGN));
    }

    /** The marker that the nominee of {@code nomination} is nominated in its campaign. */
    private static Map<String, AttributeValue> personMarker(Nomination nomination) {
        Map<String, AttributeValue> person = new HashMap<>(NominationKeys.person(nomination.campaignId(), nomination.nominee().idHash()));
        person.put(NominationKeys.NOMINATION_ID, AttributeValue.fromS(nomination.nominationId()));
        person.put(NominationItemMapper.EXPIRES_AT, Attributes.n(nomination.expiresAt().getEpochSecond()));
        return person;
    }

    @Override
    public Optional<IdempotencyRecord> idempotency(String campaignId, String scope, String key) {
        return table.item(NominationKeys.idempotency(campaignId, scope, key))
                .map(item -> NominationItemMapper.idempotencyRecord(campaignId, scope, key, item));
    }

    @Override
    public Optional<Nomination> find(String campaignId, String nominationId) {
        return table.item(NominationKeys.nomination(campaignId, nominationId)).map(NominationItemMapper::fromItem);
    }

    @Override
    public List<Nomination> list(String campaignId) {
        return table.ofCampaign(campaignId, NominationKeys.NOMINATION_PREFIX).stream().map(NominationItemMapper::fromItem).toList();
    }

    @Override
    public List<Nomination> listByStatus(String campaignId, NominationStatus status) {
        return table.byStatus(NominationKeys.statusKey(campaignId, status)).stream().map(NominationItemMapper::fromItem).toList();
    }

    @Override
    public ChangeOutcome change(Nomination changed, long expectedVersion, AuditEntry audit, SideEffects effects) {
        String campaignId = changed.campaignId();
        Transaction transaction = new Transaction();
        int nominationAction = transaction.add(table.versioned(changed, expectedVersion));
        transaction.add(table.audit(audit, changed));
        int personAction = Transaction.NOT_ADDED;
        if (effects.replacedIdHash().isPresent()) {
            personAction = transaction.add(table.put(personMarker(changed), true));
            transaction.add(table.delete(NominationKeys.person(campaignId, effects.replacedIdHash().get())));
        }
        if (effects.releasePersonAndQuota()) {
            transaction.add(table.delete(NominationKeys.person(campaignId, changed.nominee().idHash())));
            transaction.add(TransactWriteItem.builder().update(Update.builder().tableName(tableName)
                    .key(NominationKeys.quota(campaignId, changed.enterprise().creditCode()))
                    .updateExpression("ADD #used :minusOne")
                    .expressionAttributeNames(Map.of("#used", USED))
                    .expressionAttributeValues(Map.of(":minusOne", Attributes.n(-1)))
                    .build()).build());
        }
        return transaction.write(table.dynamo(), ChangeOutcome.CHANGED,
                ifFailed(nominationAction, ChangeOutcome.STALE), ifFailed(personAction, ChangeOutcome.DUPLICATE_PERSON));
    }

    @Override
    public List<AuditEntry> audit(String campaignId, String nominationId) {
        return table.ofNomination(campaignId, nominationId, NominationKeys.AUDIT_PREFIX).stream()
                .map(item -> NominationItemMapper.auditEntry(campaignId, nominationId, item)).toList();
    }

    @Override
    public Optional<ExpertScore> score(String campaignId, String nominationId, String expert) {
        return table.item(NominationKeys.expert(campaignId, nominationId, expert))
                .map(item -> NominationItemMapper.expertScore(campaignId, nominationId, item));
    }
}
