package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A function's log lines: through the Lambda logger, which writes JSON lines with the request id on
 * AWS (and in the local stack), or to standard output and error where a test calls a handler without
 * a context. Never given a request body, a token or personal data: callers log ids and counts.
 */
public final class FunctionLog {

    private FunctionLog() {
    }

    public static void info(Context context, String message) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(message, LogLevel.INFO);
        } else {
            System.out.println(message);
        }
    }

    /** Something that passes and was answered for (a throttled call answered 503): no stack trace. */
    public static void warn(Context context, String message) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(message, LogLevel.WARN);
        } else {
            System.err.println(message);
        }
    }

    /** {@code message} and the stack trace of {@code failure}, if any. */
    public static void error(Context context, String message, Throwable failure) {
        String line = message;
        if (failure != null) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            line = message + ": " + trace;
        }
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line, LogLevel.ERROR);
        } else {
            System.err.println(line);
        }
    }
}
