package org.gongjiang.platform.aws;

import org.gongjiang.platform.dynamodb.Transactions;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Whether a failure is one that passes: AWS throttled us, had a server error, or could not be reached
 * in time, after the SDK's own retries. The caller then answers 503 with Retry-After rather than 500, so a
 * voter knows that sending the same vote again is safe and will settle it (the ballot's condition makes
 * a repeat answer 201 or 409 with the original receipt).
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransactionCanceledException cancelled) {
                return Transactions.isTransient(cancelled);
            }
            if (cause instanceof AwsServiceException service) {
                return service.isThrottlingException() || service.statusCode() >= 500;
            }
            if (cause instanceof SdkClientException) {
                // no answer at all: a connection refused or reset, a socket or attempt timeout
                return true;
            }
        }
        return false;
    }
}
