package org.gongjiang.review.dynamodb;

import static org.gongjiang.platform.dynamodb.Transaction.ifFailed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.campaign.dynamodb.CampaignItemMapper;
import org.gongjiang.nomination.application.NominationStore.ChangeOutcome;
import org.gongjiang.nomination.dynamodb.NominationItemMapper;
import org.gongjiang.nomination.dynamodb.NominationKeys;
import org.gongjiang.nomination.dynamodb.NominationTable;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.platform.dynamodb.Transaction;
import org.gongjiang.review.application.ReviewStore;
import org.gongjiang.review.model.Objection;
import org.gongjiang.voting.dynamodb.CandidateItemMapper;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The review in NominationsTable, beside the nominations it moves: each step is the nomination's
 * versioned change with its audit entry; a finalist is published to CandidatesTable (and taken off it
 * when disqualified) and a score or a naming counted on the campaign's item in CampaignsTable, each in
 * the same transaction.
 */
public final class DynamoReviewStore implements ReviewStore {

    private final NominationTable table;
    private final String tableName;
    private final Optional<String> candidatesTable;

    /** @param candidatesTable only for the functions whose steps publish finalists */
    public DynamoReviewStore(DynamoDbClient dynamo, String table, String campaignsTable, Optional<String> candidatesTable) {
        this.table = new NominationTable(dynamo, table, campaignsTable);
        this.tableName = table;
        this.candidatesTable = candidatesTable;
    }

    @Override
    public ChangeOutcome step(Nomination changed, long expectedVersion, AuditEntry audit, StepEffects effects) {
        Transaction transaction = new Transaction();
        int nominationAction = transaction.add(table.versioned(changed, expectedVersion));
        transaction.add(table.audit(audit, changed));
        effects.publish().ifPresent(candidate -> transaction.add(TransactWriteItem.builder().put(Put.builder()
                .tableName(candidatesTable.orElseThrow(() -> new IllegalStateException("no candidates table to publish to")))
                .item(CandidateItemMapper.toItem(candidate)).build()).build()));
        effects.unpublish().ifPresent(candidateId -> transaction.add(TransactWriteItem.builder().delete(Delete.builder()
                .tableName(candidatesTable.orElseThrow(() -> new IllegalStateException("no candidates table to withdraw from")))
                .key(CandidateItemMapper.key(changed.campaignId(), candidateId)).build()).build()));
        if (effects.countNaming()) {
            transaction.add(table.campaignCount(changed.campaignId(), CampaignItemMapper.WINNERS_NAMED));
        }
        return changeOutcome(transaction, nominationAction);
    }

    @Override
    public List<ExpertScore> scores(String campaignId, String nominationId) {
        return table.ofNomination(campaignId, nominationId, NominationKeys.EXPERT_PREFIX).stream()
                .map(item -> NominationItemMapper.expertScore(campaignId, nominationId, item)).toList();
    }

    @Override
    public ChangeOutcome recordScore(ExpertScore score, Nomination changed, long expectedVersion, AuditEntry audit) {
        Transaction transaction = new Transaction();
        int nominationAction = transaction.add(table.versioned(changed, expectedVersion));
        transaction.add(table.put(NominationItemMapper.scoreItem(score, changed.expiresAt()), false));
        transaction.add(table.audit(audit, changed));
        transaction.add(table.campaignCount(changed.campaignId(), CampaignItemMapper.SCORES_SUBMITTED));
        return changeOutcome(transaction, nominationAction);
    }

    @Override
    public ObjectionOutcome file(Objection objection) {
        Transaction transaction = new Transaction();
        int onNoticeAction = transaction.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(tableName)
                .key(NominationKeys.nomination(objection.campaignId(), objection.nominationId()))
                .conditionExpression("#status = :onNotice")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":onNotice", AttributeValue.fromS(NominationStatus.ON_NOTICE.name())))
                .build()).build());
        transaction.add(table.put(ObjectionItemMapper.toItem(objection), true));
        int openMarkerAction = transaction.add(table.put(ObjectionItemMapper.openMarker(objection), true));
        return transaction.write(table.dynamo(), ObjectionOutcome.FILED,
                ifFailed(onNoticeAction, ObjectionOutcome.NOT_ON_NOTICE), ifFailed(openMarkerAction, ObjectionOutcome.ALREADY_OPEN));
    }

    @Override
    public List<Objection> objections(String campaignId, String nominationId) {
        return table.ofNomination(campaignId, nominationId, ObjectionKeys.OBJECTION_PREFIX).stream()
                .map(item -> ObjectionItemMapper.fromItem(campaignId, nominationId, item)).toList();
    }

    @Override
    public Optional<Objection> objection(String campaignId, String nominationId, String objectionId) {
        return table.item(ObjectionKeys.objection(campaignId, nominationId, objectionId))
                .map(item -> ObjectionItemMapper.fromItem(campaignId, nominationId, item));
    }

    @Override
    public ChangeOutcome resolve(Objection resolved, Optional<Rejection> rejection) {
        Transaction transaction = new Transaction();
        int objectionAction = transaction.add(TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                .item(ObjectionItemMapper.toItem(resolved))
                .conditionExpression("#status = :open")
                .expressionAttributeNames(Map.of("#status", ObjectionItemMapper.STATUS))
                .expressionAttributeValues(Map.of(":open", AttributeValue.fromS(Objection.Status.OPEN.name())))
                .build()).build());
        transaction.add(table.delete(ObjectionKeys.objector(resolved.campaignId(), resolved.nominationId(), resolved.objectorHash())));
        int rejectionAction = Transaction.NOT_ADDED;
        if (rejection.isPresent()) {
            rejectionAction = transaction.add(table.versioned(rejection.get().rejected(), rejection.get().expectedVersion()));
            transaction.add(table.audit(rejection.get().audit(), rejection.get().rejected()));
        }
        return transaction.write(table.dynamo(), ChangeOutcome.CHANGED,
                ifFailed(objectionAction, ChangeOutcome.STALE), ifFailed(rejectionAction, ChangeOutcome.STALE));
    }

    private ChangeOutcome changeOutcome(Transaction transaction, int nominationAction) {
        return transaction.write(table.dynamo(), ChangeOutcome.CHANGED, ifFailed(nominationAction, ChangeOutcome.STALE));
    }
}
