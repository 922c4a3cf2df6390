package org.gongjiang.local.emulator.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.gongjiang.local.emulator.dynamodb.DynamoDbLocal;

/**
 * The Lambda context of one local invocation. Its logger writes to stderr what the Java runtime writes
 * with LogFormat JSON: one JSON object a message, {@code timestamp} (UTC, milliseconds), {@code level},
 * {@code message} (a stack trace included, its line breaks escaped) and {@code AWSRequestId}, plus
 * {@code function} (on AWS each function has its own log group; here they share one terminal).
 */
public final class LocalContext implements Context {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final String functionName;
    private final String requestId;
    private final int memoryMb;
    private final long deadlineMillis;
    private final LambdaLogger logger;

    public LocalContext(String functionName, String requestId, int memoryMb, int timeoutSeconds, LogLevel minimum) {
        this.functionName = functionName;
        this.requestId = requestId;
        this.memoryMb = memoryMb;
        this.deadlineMillis = System.currentTimeMillis() + timeoutSeconds * 1000L;
        this.logger = new Logger(functionName, requestId, minimum);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + DynamoDbLocal.REGION + ":000000000000:function:" + functionName + ":live";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    /** One log line as the Java runtime's JSON log format writes it, with the function's name added. */
    static String jsonLine(Instant at, LogLevel level, String message, String requestId, String functionName) {
        ObjectNode line = JSON.createObjectNode();
        line.put("timestamp", TIMESTAMP.format(at));
        line.put("level", level.name());
        line.put("message", message);
        line.put("AWSRequestId", requestId);
        line.put("function", functionName);
        return line.toString();
    }

    private record Logger(String functionName, String requestId, LogLevel minimum) implements LambdaLogger {
        @Override
        public void log(String message) {
            log(message, LogLevel.UNDEFINED);
        }

        /** Bytes are written as they are, as the runtime does (it formats only text). */
        @Override
        public void log(byte[] message) {
            System.err.println(new String(message, StandardCharsets.UTF_8));
        }

        @Override
        public void log(String message, LogLevel level) {
            if (level.ordinal() >= minimum.ordinal() || level == LogLevel.UNDEFINED) {
                System.err.println(jsonLine(Instant.now(), level, message, requestId, functionName));
            }
        }
    }
}
