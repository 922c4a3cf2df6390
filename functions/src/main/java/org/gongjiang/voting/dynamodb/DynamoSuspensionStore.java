package org.gongjiang.voting.dynamodb;

import java.util.Map;
import java.util.Set;
import org.gongjiang.voting.application.SuspensionStore;
import org.gongjiang.voting.model.VoterId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A campaign's suspended voters as one item of VotesTable ({@code suspended#<campaignId>}, a string
 * set of voter ids, 22 characters each: some fifteen thousand fit in an item), so that the vote
 * function reads them with the table it already writes, once per cache lifetime.
 */
public final class DynamoSuspensionStore implements SuspensionStore {

    private static final String VOTERS = "voters";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSuspensionStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Set<String> suspended(String campaignId) {
        var response = dynamo.getItem(b -> b.tableName(table).key(BallotKeys.suspended(campaignId)).consistentRead(true));
        AttributeValue voters = response.hasItem() ? response.item().get(VOTERS) : null;
        return voters == null || !voters.hasSs() ? Set.of() : Set.copyOf(voters.ss());
    }

    @Override
    public boolean suspend(String campaignId, VoterId voter) {
        return change(campaignId, voter, "ADD #voters :voter", "attribute_not_exists(#voters) OR NOT contains(#voters, :id)");
    }

    @Override
    public boolean lift(String campaignId, VoterId voter) {
        return change(campaignId, voter, "DELETE #voters :voter", "contains(#voters, :id)");
    }

    private boolean change(String campaignId, VoterId voter, String update, String condition) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(BallotKeys.suspended(campaignId))
                    .updateExpression(update)
                    .conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#voters", VOTERS))
                    .expressionAttributeValues(Map.of(":voter", AttributeValue.fromSs(java.util.List.of(voter.hash())),
                            ":id", AttributeValue.fromS(voter.hash()))));
            return true;
        } catch (ConditionalCheckFailedException unchanged) {
            return false;
        }
    }
}
