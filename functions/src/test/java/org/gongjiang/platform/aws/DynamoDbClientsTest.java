package org.gongjiang.platform.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoDbClientsTest {

    @Test
    void onAwsTheClientTakesCredentialsFromTheDefaultChainWhichCoversSnapStartsContainerCredentials() {
        try (DynamoDbClient client = DynamoDbClients.create("cn-north-1", null)) {
            assertInstanceOf(DefaultCredentialsProvider.class, client.serviceClientConfiguration().credentialsProvider());
            assertEquals("cn-north-1", client.serviceClientConfiguration().region().id());
            assertTrue(client.serviceClientConfiguration().endpointOverride().isEmpty());
        }
    }

    @Test
    void againstDynamoDbLocalTheClientUsesTheEndpointAndDummyCredentials() {
        try (DynamoDbClient client = DynamoDbClients.create("us-east-1", "http://localhost:8000")) {
            assertInstanceOf(StaticCredentialsProvider.class, client.serviceClientConfiguration().credentialsProvider());
            assertEquals("http://localhost:8000", client.serviceClientConfiguration().endpointOverride().orElseThrow().toString());
        }
    }

    @Test
    void aContainerSharesOneClientPerEndpoint() {
        assertSame(DynamoDbClients.shared("us-east-1", "http://localhost:1"), DynamoDbClients.shared("us-east-1", "http://localhost:1"));
    }
}
