package org.gongjiang.store.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.domain.AuditEntry;
import org.gongjiang.domain.ExpertScore;
import org.gongjiang.domain.LaneFolder;
import org.gongjiang.domain.NominationChange;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.domain.Nomination;
import org.gongjiang.domain.NominationStatus;
import org.gongjiang.domain.Objection;
import org.gongjiang.store.NominationStore;
import org.gongjiang.store.ReviewStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Nominations and their review in NominationsTable. A submission also counts on the campaign's item in CampaignsTable
 * (the count that locks the campaign's nomination rules) and a finalist is published to
 * CandidatesTable, each in the same transaction as the nomination's change.
 */
public final class DynamoNominationStore implements NominationStore, ReviewStore {

    private static final Duration IDEMPOTENCY_RETENTION = Duration.ofHours(24);
    private static final String LAST = "last";

    private final DynamoDbClient dynamo;
    private final String table;
    private final String campaignsTable;
    private final Optional<String> candidatesTable;

    /** @param candidatesTable only for changes that publish finalists */
    public DynamoNominationStore(DynamoDbClient dynamo, String table, String campaignsTable, Optional<String> candidatesTable) {
        this.dynamo = dynamo;
        this.table = table;
        this.campaignsTable = campaignsTable;
        this.candidatesTable = candidatesTable;
    }

    @Override
    public long lastNominationNumber(String campaignId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(NominationKeys.sequence(campaignId)).consistentRead(true));
        return response.hasItem() ? Attributes.numberOrZero(response.item(), LAST) : 0;
    }

    @Override
    public SubmitOutcome submit(Nomination nomination, long number, int enterpriseQuota, Optional<IdempotencyRecord> idempotency,
                                AuditEntry audit) {
        String campaignId = nomination.campaignId();
        AttributeValue expiresAt = Attributes.n(nomination.expiresAt().getEpochSecond());
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(put(NominationItemMapper.toItem(nomination), true));
        Map<String, AttributeValue> person = new HashMap<>(NominationKeys.person(campaignId, nomination.nominee().idHash()));
        person.put(NominationKeys.NOMINATION_ID, AttributeValue.fromS(nomination.nominationId()));
        person.put(NominationItemMapper.EXPIRES_AT, expiresAt);
        actions.add(put(person, true));
        actions.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(NominationKeys.quota(campaignId, nomination.enterprise().creditCode()))
                .updateExpression("ADD #used :one SET #expiresAt = :expiresAt")
                .conditionExpression("attribute_not_exists(#used) OR #used < :quota")
                .expressionAttributeNames(Map.of("#used", "used", "#expiresAt", NominationItemMapper.EXPIRES_AT))
                .expressionAttributeValues(Map.of(":one", Attributes.n(1), ":quota", Attributes.n(enterpriseQuota),
                        ":expiresAt", expiresAt))
                .build()).build());
        actions.add(campaignCount(campaignId, CampaignItemMapper.NOMINATIONS_SUBMITTED));
        actions.add(put(NominationItemMapper.auditItem(audit, nomination.version(), nomination.expiresAt()), false));
        actions.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(NominationKeys.sequence(campaignId))
                .updateExpression("SET #last = :number")
                .conditionExpression(number == 1 ? "attribute_not_exists(#last)" : "#last = :previous")
                .expressionAttributeNames(Map.of("#last", LAST))
                .expressionAttributeValues(number == 1 ? Map.of(":number", Attributes.n(number))
                        : Map.of(":number", Attributes.n(number), ":previous", Attributes.n(number - 1)))
                .build()).build());
        idempotency.ifPresent(record -> actions.add(put(NominationItemMapper.idempotencyItem(record,
                record.submittedAt().plus(IDEMPOTENCY_RETENTION)), true)));
        try {
            Transactions.write(dynamo, actions);
            return SubmitOutcome.STORED;
        } catch (TransactionCanceledException cancelled) {
            if (idempotency.isPresent() && Transactions.conditionFailed(cancelled, 6)) {
                return SubmitOutcome.IDEMPOTENCY_KEY_TAKEN;
            }
            if (Transactions.conditionFailed(cancelled, 5) || Transactions.conditionFailed(cancelled, 0)) {
                return SubmitOutcome.NUMBER_TAKEN;
            }
            if (Transactions.conditionFailed(cancelled, 1)) {
                return SubmitOutcome.DUPLICATE_PERSON;
            }
            if (Transactions.conditionFailed(cancelled, 2)) {
                return SubmitOutcome.QUOTA_EXHAUSTED;
            }
            if (Transactions.conditionFailed(cancelled, 3)) {
                return SubmitOutcome.NO_CAMPAIGN;
            }
            throw cancelled;
        }
    }

    @Override
    public Optional<IdempotencyRecord> idempotency(String campaignId, String scope, String key) {
        var response = dynamo.getItem(b -> b.tableName(table).key(NominationKeys.idempotency(campaignId, scope, key)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(NominationItemMapper.idempotencyRecord(campaignId, scope, key, response.item()))
                : Optional.empty();
    }

    @Override
    public Optional<Nomination> find(String campaignId, String nominationId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(NominationKeys.nomination(campaignId, nominationId)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(NominationItemMapper.fromItem(response.item()))
                : Optional.empty();
    }

    @Override
    public List<Nomination> list(String campaignId) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", NominationKeys.PARTITION_KEY, "#sk", NominationKeys.SORT_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(NominationKeys.campaignPartition(campaignId)),
                                ":prefix", AttributeValue.fromS(NominationKeys.NOMINATION_PREFIX))))
                .items().stream().map(NominationItemMapper::fromItem).toList();
    }

    @Override
    public List<Nomination> listByStatus(String campaignId, NominationStatus status) {
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(NominationKeys.STATUS_INDEX)
                        .keyConditionExpression("#status = :status")
                        .expressionAttributeNames(Map.of("#status", NominationKeys.STATUS_KEY))
                        .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(NominationKeys.statusKey(campaignId, status)))))
                .items().stream().map(NominationItemMapper::fromItem).toList();
    }

    @Override
    public ChangeOutcome change(Nomination changed, long expectedVersion, AuditEntry audit, SideEffects effects) {
        String campaignId = changed.campaignId();
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(NominationItemMapper.toItem(changed))
                .conditionExpression("#version = :expected")
                .expressionAttributeNames(Map.of("#version", NominationItemMapper.VERSION))
                .expressionAttributeValues(Map.of(":expected", Attributes.n(expectedVersion)))
                .build()).build());
        actions.add(put(NominationItemMapper.auditItem(audit, changed.version(), changed.expiresAt()), false));
        int personIndex = -1;
        if (effects.replacedIdHash().isPresent()) {
            Map<String, AttributeValue> person = new HashMap<>(NominationKeys.person(campaignId, changed.nominee().idHash()));
            person.put(NominationKeys.NOMINATION_ID, AttributeValue.fromS(changed.nominationId()));
            person.put(NominationItemMapper.EXPIRES_AT, Attributes.n(changed.expiresAt().getEpochSecond()));
            personIndex = actions.size();
            actions.add(put(person, true));
            actions.add(delete(NominationKeys.person(campaignId, effects.replacedIdHash().get())));
        }
        if (effects.releasePersonAndQuota()) {
            actions.add(delete(NominationKeys.person(campaignId, changed.nominee().idHash())));
            actions.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(NominationKeys.quota(campaignId, changed.enterprise().creditCode()))
                    .updateExpression("ADD #used :minusOne")
                    .expressionAttributeNames(Map.of("#used", "used"))
                    .expressionAttributeValues(Map.of(":minusOne", Attributes.n(-1)))
                    .build()).build());
        }
        effects.publish().ifPresent(candidate -> actions.add(TransactWriteItem.builder().put(Put.builder()
                .tableName(candidatesTable.orElseThrow(() -> new IllegalStateException("no candidates table to publish to")))
                .item(CandidateItemMapper.toItem(candidate)).build()).build()));
        if (effects.countScore()) {
            actions.add(campaignCount(campaignId, CampaignItemMapper.SCORES_SUBMITTED));
        }
        if (effects.countNaming()) {
            actions.add(campaignCount(campaignId, CampaignItemMapper.WINNERS_NAMED));
        }
        try {
            Transactions.write(dynamo, actions);
            return ChangeOutcome.CHANGED;
        } catch (TransactionCanceledException cancelled) {
            if (Transactions.conditionFailed(cancelled, 0)) {
                return ChangeOutcome.STALE;
            }
            if (personIndex >= 0 && Transactions.conditionFailed(cancelled, personIndex)) {
                return ChangeOutcome.DUPLICATE_PERSON;
            }
            throw cancelled;
        }
    }

    @Override
    public List<AuditEntry> audit(String campaignId, String nominationId) {
        return partition(campaignId, nominationId, NominationKeys.AUDIT_PREFIX).stream()
                .map(item -> NominationItemMapper.auditEntry(campaignId, nominationId, item)).toList();
    }

    @Override
    public List<ExpertScore> scores(String campaignId, String nominationId) {
        return partition(campaignId, nominationId, NominationKeys.EXPERT_PREFIX).stream()
                .map(item -> NominationItemMapper.expertScore(campaignId, nominationId, item)).toList();
    }

    @Override
    public Optional<ExpertScore> score(String campaignId, String nominationId, String expert) {
        var response = dynamo.getItem(b -> b.tableName(table).key(NominationKeys.expert(campaignId, nominationId, expert)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(NominationItemMapper.expertScore(campaignId, nominationId, response.item()))
                : Optional.empty();
    }

    @Override
    public ChangeOutcome recordScore(ExpertScore score, Nomination changed, long expectedVersion, AuditEntry audit) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(NominationItemMapper.toItem(changed))
                .conditionExpression("#version = :expected")
                .expressionAttributeNames(Map.of("#version", NominationItemMapper.VERSION))
                .expressionAttributeValues(Map.of(":expected", Attributes.n(expectedVersion)))
                .build()).build());
        actions.add(put(NominationItemMapper.scoreItem(score, changed.expiresAt()), false));
        actions.add(put(NominationItemMapper.auditItem(audit, changed.version(), changed.expiresAt()), false));
        actions.add(campaignCount(changed.campaignId(), CampaignItemMapper.SCORES_SUBMITTED));
        try {
            Transactions.write(dynamo, actions);
            return ChangeOutcome.CHANGED;
        } catch (TransactionCanceledException cancelled) {
            if (Transactions.conditionFailed(cancelled, 0)) {
                return ChangeOutcome.STALE;
            }
            throw cancelled;
        }
    }

    @Override
    public ObjectionOutcome file(Objection objection) {
        Map<String, AttributeValue> marker = new HashMap<>(NominationKeys.objector(objection.campaignId(),
                objection.nominationId(), objection.objectorHash()));
        marker.put("objectionId", AttributeValue.fromS(objection.objectionId()));
        marker.put(NominationItemMapper.EXPIRES_AT, Attributes.n(objection.expiresAt().getEpochSecond()));
        List<TransactWriteItem> actions = List.of(
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                        .key(NominationKeys.nomination(objection.campaignId(), objection.nominationId()))
                        .conditionExpression("#status = :onNotice")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":onNotice", AttributeValue.fromS(NominationStatus.ON_NOTICE.name())))
                        .build()).build(),
                put(NominationItemMapper.objectionItem(objection), true),
                put(marker, true));
        try {
            Transactions.write(dynamo, actions);
            return ObjectionOutcome.FILED;
        } catch (TransactionCanceledException cancelled) {
            if (Transactions.conditionFailed(cancelled, 0)) {
                return ObjectionOutcome.NOT_ON_NOTICE;
            }
            if (Transactions.conditionFailed(cancelled, 2)) {
                return ObjectionOutcome.ALREADY_OPEN;
            }
            throw cancelled;
        }
    }

    @Override
    public List<Objection> objections(String campaignId, String nominationId) {
        return partition(campaignId, nominationId, NominationKeys.OBJECTION_PREFIX).stream()
                .map(item -> NominationItemMapper.objection(campaignId, nominationId, item)).toList();
    }

    @Override
    public Optional<Objection> objection(String campaignId, String nominationId, String objectionId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(NominationKeys.objection(campaignId, nominationId, objectionId))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(NominationItemMapper.objection(campaignId, nominationId, response.item()))
                : Optional.empty();
    }

    @Override
    public ChangeOutcome resolve(Objection resolved, Optional<Rejection> rejection) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(NominationItemMapper.objectionItem(resolved))
                .conditionExpression("#status = :open")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":open", AttributeValue.fromS(Objection.Status.OPEN.name())))
                .build()).build());
        actions.add(delete(NominationKeys.objector(resolved.campaignId(), resolved.nominationId(), resolved.objectorHash())));
        rejection.ifPresent(r -> {
            actions.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(NominationItemMapper.toItem(r.rejected()))
                    .conditionExpression("#version = :expected")
                    .expressionAttributeNames(Map.of("#version", NominationItemMapper.VERSION))
                    .expressionAttributeValues(Map.of(":expected", Attributes.n(r.expectedVersion())))
                    .build()).build());
            actions.add(put(NominationItemMapper.auditItem(r.audit(), r.rejected().version(), r.rejected().expiresAt()), false));
        });
        try {
            Transactions.write(dynamo, actions);
            return ChangeOutcome.CHANGED;
        } catch (TransactionCanceledException cancelled) {
            if (Transactions.conditionFailed(cancelled, 0) || Transactions.conditionFailed(cancelled, 2)) {
                return ChangeOutcome.STALE;
            }
            throw cancelled;
        }
    }

    private List<Map<String, AttributeValue>> partition(String campaignId, String nominationId, String prefix) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", NominationKeys.PARTITION_KEY, "#sk", NominationKeys.SORT_KEY))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(NominationKeys.nominationPartition(campaignId, nominationId)),
                                ":prefix", AttributeValue.fromS(prefix)))
                        .consistentRead(true))
                .items().stream().toList();
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, boolean onlyIfNew) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (onlyIfNew) {
            put.conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", NominationKeys.PARTITION_KEY));
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private TransactWriteItem delete(Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key).build()).build();
    }

    /** One more of {@code counter} on the campaign's item; the campaign must exist. */
    private TransactWriteItem campaignCount(String campaignId, String counter) {
        return TransactWriteItem.builder().update(Update.builder().tableName(campaignsTable)
                .key(CampaignKeys.key(campaignId))
                .updateExpression("ADD #counter :one")
                .conditionExpression("attribute_exists(#id)")
                .expressionAttributeNames(Map.of("#counter", counter, "#id", CampaignKeys.PARTITION_KEY))
                .expressionAttributeValues(Map.of(":one", Attributes.n(1)))
                .build()).build();
    }

    /** Audit entries of the same instant stay apart. */

    /**
     * Reads a record of the table's stream as the statistics see it: a nomination item inserted or
     * changed (its old and new image). Removals are no change: nominations are never deleted, and
     * personal data expiring by TTL must leave the anonymous counts as they are. Other items (audit,
     * markers, scores) and unreadable images count for nothing.
     */
    public static LaneFolder.Change<NominationChange> changeFromStream(StreamPosition position, String eventName,
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> oldImage,
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> newImage) {
        if ("REMOVE".equals(eventName) || newImage == null) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
        Map<String, AttributeValue> after = StreamImages.toSdk(newImage);
        AttributeValue sortKey = after.get(NominationKeys.SORT_KEY);
        if (sortKey == null || sortKey.s() == null || !sortKey.s().startsWith(NominationKeys.NOMINATION_PREFIX)) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
        try {
            Optional<Nomination> before = Optional.ofNullable(StreamImages.toSdk(oldImage)).map(NominationItemMapper::fromItem);
            return new LaneFolder.Change<>(position, Optional.of(NominationChange.of(before,
                    Optional.of(NominationItemMapper.fromItem(after)))));
        } catch (RuntimeException unreadable) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
    }
}
