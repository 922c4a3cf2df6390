package org.gongjiang.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongjiang.local.emulator.dynamodb.DynamoDbLocal;
import org.gongjiang.local.emulator.dynamodb.LocalTables;
import org.gongjiang.local.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One DynamoDB Local for the whole test JVM, with the tables of template.yaml. Tests keep out of each
 * other's way by using their own campaign ids ({@link #campaignId}).
 */
public final class TestDynamo {

    public static final String CAMPAIGNS = "CampaignsTable";
    public static final String CANDIDATES = "CandidatesTable";
    public static final String VOTES = "VotesTable";
    public static final String COUNTERS = "CountersTable";
    public static final String INTEGRITY = "IntegrityTable";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static DynamoDbLocal server;

    private TestDynamo() {
    }

    public static synchronized DynamoDbLocal server() {
        if (server == null) {
            try {
                server = DynamoDbLocal.start(0, Optional.empty());
                LocalTables.createAll(server.client(), template());
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
        }
        return server;
    }

    public static DynamoDbClient client() {
        return server().client();
    }

    public static SamTemplate template() {
        try {
            return SamTemplate.read(templatePath());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path templatePath() {
        return repositoryRoot().resolve("template.yaml");
    }

    public static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !directory.resolve("template.yaml").toFile().exists()) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no template.yaml above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }

    /** A fresh, valid campaign id for one test. */
    public static String campaignId(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    /** Every item of {@code table} whose string attribute {@code attribute} starts with {@code prefix}. */
    public static List<Map<String, AttributeValue>> itemsWithPrefix(String table, String attribute, String prefix) {
        return client().scanPaginator(b -> b.tableName(table)
                        .filterExpression("begins_with(#a, :p)")
                        .expressionAttributeNames(Map.of("#a", attribute))
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(prefix))))
                .items().stream().toList();
    }
}
