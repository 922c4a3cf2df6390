package org.gongjiang.voting.dynamodb;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.dynamodb.StreamImages;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.voting.application.BallotStore;
import org.gongjiang.voting.model.BallotEntry;
import org.gongjiang.voting.model.BallotVote;
import org.gongjiang.voting.model.BallotWrite;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.VoteEvent;
import org.gongjiang.voting.model.VoteRef;
import org.gongjiang.voting.model.VoterId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** Ballots in VotesTable (its stream feeds the aggregator). */
public final class DynamoBallotStore implements BallotStore {

    // The whole rule set of a vote in one condition: no vote yet for this candidate today, and fewer
    // than the daily limit so far. Top-level attributes (not a map) because SET m.#c fails while the
    // map does not exist, and a voter's first vote of the day creates the item.
    private static final String CONDITION =
            "attribute_not_exists(#candidate) AND (attribute_not_exists(#n) OR #n < :limit)";
    private static final String UPDATE =
            "SET #candidate = :vote, #cid = :campaignId, #d = :day, #expiresAt = :expiresAt ADD #n :one";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoBallotStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public BallotWrite record(BallotVote vote, int dailyLimit) {
        String candidateAttribute = BallotKeys.candidateAttribute(vote.candidateId());
        try {
            UpdateItemResponse response = dynamo.updateItem(b -> b.tableName(table)
                    .key(BallotKeys.key(vote.campaignId(), vote.day(), vote.voter()))
                    .updateExpression(UPDATE)
                    .conditionExpression(CONDITION)
                    .expressionAttributeNames(Map.of(
                            "#candidate", candidateAttribute,
                            "#cid", BallotItemMapper.CAMPAIGN,
                            "#d", BallotItemMapper.DAY,
                            "#expiresAt", BallotItemMapper.EXPIRES_AT,
                            "#n", BallotItemMapper.VOTES_CAST))
                    .expressionAttributeValues(Map.of(
                            ":vote", AttributeValue.fromS(vote.entry().encoded()),
                            ":campaignId", AttributeValue.fromS(vote.campaignId()),
                            ":day", AttributeValue.fromS(vote.day().toString()),
                            ":expiresAt", Attributes.n(vote.expiresAt().getEpochSecond()),
                            ":one", Attributes.n(1),
                            ":limit", Attributes.n(dailyLimit)))
                    .returnValues(ReturnValue.UPDATED_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return new BallotWrite.Accepted((int) Attributes.number(response.attributes(), BallotItemMapper.VOTES_CAST));
        } catch (ConditionalCheckFailedException refused) {
            return refusal(vote, candidateAttribute, refused);
        }
    }

    private BallotWrite refusal(BallotVote vote, String candidateAttribute, ConditionalCheckFailedException refused) {
        // ALL_OLD hands back the ballot as it stood, so the refusal costs no extra read.
        Map<String, AttributeValue> ballot = refused.hasItem() ? refused.item() : Map.of();
        AttributeValue earlier = ballot.get(candidateAttribute);
        if (earlier == null) {
            return new BallotWrite.LimitReached((int) Attributes.numberOrZero(ballot, BallotItemMapper.VOTES_CAST));
        }
        BallotEntry recorded = BallotEntry.decode(earlier.s())
                .orElseThrow(() -> new IllegalStateException("unreadable vote on a ballot of " + vote.campaignId()));
        if (recorded.sameVote(vote.entry())) {
            // The SDK retried a write that had already succeeded (the first response was lost):
            // the vote on record is this very vote.
            return new BallotWrite.Accepted((int) Attributes.numberOrZero(ballot, BallotItemMapper.VOTES_CAST));
        }
        return new BallotWrite.AlreadyVoted(recorded);
    }

    @Override
    public boolean voidVote(VoteRef vote, String voidId) {
        return markUpdate(vote, "SET #void = :voidId",
                "attribute_exists(#candidate) AND (attribute_not_exists(#void) OR #void = :voidId)", voidId);
    }

    @Override
    public boolean restoreVote(VoteRef vote, String voidId) {
        return markUpdate(vote, "REMOVE #void", "attribute_exists(#candidate) AND #void = :voidId", voidId);
    }

    private boolean markUpdate(VoteRef vote, String update, String condition, String voidId) {
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(BallotKeys.key(vote.campaignId(), vote.day(), vote.voter()))
                    .updateExpression(update)
                    .conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#candidate", BallotKeys.candidateAttribute(vote.candidateId()),
                            "#void", BallotKeys.voidAttribute(vote.candidateId())))
                    .expressionAttributeValues(Map.of(":voidId", AttributeValue.fromS(voidId))));
            return true;
        } catch (ConditionalCheckFailedException notThere) {
            return false;
        }
    }

    @Override
    public Optional<DailyBallot> find(String campaignId, LocalDate day, VoterId voter) {
        var response = dynamo.getItem(b -> b.tableName(table)
                .key(BallotKeys.key(campaignId, day, voter))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(BallotItemMapper.fromItem(response.item()))
                : Optional.empty();
    }

    /** The vote a record of the table's stream casts, if it casts one (for the integrity watch). */
    public static Optional<BallotItemMapper.Cast> castFromStream(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> oldImage,
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> newImage) {
        try {
            return BallotItemMapper.castFromImages(StreamImages.toSdk(oldImage), StreamImages.toSdk(newImage));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Reads a record of the table's stream (old and new image of a ballot), as Lambda delivers it. */
    public static LaneFolder.Change<VoteEvent> changeFromStream(StreamPosition position,
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> oldImage,
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> newImage) {
        return BallotItemMapper.fromStreamImages(position, StreamImages.toSdk(oldImage), StreamImages.toSdk(newImage));
    }
}
