package org.gongjiang.platform.aws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class TransientFailuresTest {

    private static DynamoDbException service(int status, String code) {
        return (DynamoDbException) DynamoDbException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
    }

    @Test
    void throttlingServerErrorsAndTimeoutsPass() {
        assertTrue(TransientFailures.isTransient(service(400, "ThrottlingException")));
        assertTrue(TransientFailures.isTransient(ProvisionedThroughputExceededException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build()).build()));
        assertTrue(TransientFailures.isTransient(service(500, "InternalServerError")));
        assertTrue(TransientFailures.isTransient(service(503, "ServiceUnavailable")));
        assertTrue(TransientFailures.isTransient(ApiCallTimeoutException.create(9000)));
        assertTrue(TransientFailures.isTransient(SdkClientException.create("connection reset")));
        assertTrue(TransientFailures.isTransient(new IllegalStateException("wrapped", service(500, "InternalServerError"))));
        assertTrue(TransientFailures.isTransient(TransactionCanceledException.builder()
                .cancellationReasons(CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code("TransactionConflict").build()).build()));
    }

    @Test
    void bugsAndRefusedConditionsDoNot() {
        assertFalse(TransientFailures.isTransient(new IllegalStateException("a bug")));
        assertFalse(TransientFailures.isTransient(new UncheckedIOException(new IOException("disk"))));
        assertFalse(TransientFailures.isTransient(service(400, "ValidationException")));
        assertFalse(TransientFailures.isTransient(ConditionalCheckFailedException.builder().statusCode(400).build()));
        assertFalse(TransientFailures.isTransient(TransactionCanceledException.builder()
                .cancellationReasons(CancellationReason.builder().code("ConditionalCheckFailed").build()).build()));
    }
}
