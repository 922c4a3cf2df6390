package org.gongjiang.local.emulator.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** DynamoDB Local in a process of its own, held to one CPU (local/floor --dynamodb-cpus). */
class DynamoDbLocalProcessIT {

    @Test
    void aDynamoDbLocalProcessOnOneCpuServesTheTablesAndEndsWhenClosed() throws Exception {
        URI endpoint;
        try (DynamoDbLocal dynamo = DynamoDbLocal.startProcess("127.0.0.1", 0, Optional.empty(), "0")) {
            endpoint = URI.create(dynamo.endpoint());
            dynamo.client().createTable(b -> b.tableName("Probe")
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .billingMode("PAY_PER_REQUEST"));
            dynamo.client().putItem(b -> b.tableName("Probe").item(Map.of("pk", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1"))));
            assertEquals("1", dynamo.client().getItem(b -> b.tableName("Probe").key(Map.of("pk", AttributeValue.fromS("a")))).item().get("n").n());
        }
        URI closed = endpoint;
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(closed.getHost(), closed.getPort()), 1000);
            }
        }, "nothing listens once closed");
    }

    @Test
    void cpusThatTasksetWouldNotTakeAreRefusedBeforeAnythingStarts() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DynamoDbLocal.startProcess("127.0.0.1", 0, Optional.empty(), "0; rm -rf /"));
        assertTrue(refused.getMessage().contains("taskset"), refused.getMessage());
    }
}
