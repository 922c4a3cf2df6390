package org.gongjiang.voting.dynamodb;

import java.util.List;
import java.util.Map;
import org.gongjiang.voting.application.CandidateStore;
import org.gongjiang.voting.model.Candidate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The public ballot in CandidatesTable. */
public final class DynamoCandidateStore implements CandidateStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCandidateStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<Candidate> list(String campaignId) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :campaign")
                        .expressionAttributeNames(Map.of("#pk", CandidateKeys.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":campaign", AttributeValue.fromS(campaignId))))
                .items().stream()
                .map(CandidateItemMapper::fromItem)
                .toList();
    }

    @Override
    public void save(Candidate candidate) {
        dynamo.putItem(b -> b.tableName(table).item(CandidateItemMapper.toItem(candidate)));
    }
}
