package org.gongjiang.local.coldstart.child;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One Lambda execution environment of the cold-start measurement, in a JVM of its own whose classpath is
 * the deployed functions.jar, this class and the Lambda runtime's serializer: what Lambda's Java runtime
 * does, reduced to its steps. Loads the handler class, constructs it with its no-arg constructor (the
 * function's Init), sets up the runtime's JSON serializers, optionally runs the SnapStart hooks
 * (org.crac's checkpointRestore, when the JVM was given an implementation), then invokes it with each
 * event of the file in turn, each deserialized from JSON and its answer serialized, as the runtime does.
 *
 * <p>Prints, on lines starting {@code coldstart:} (the handler's own lines, EMF metrics, go to stdout
 * too): when main started and how long each step took, in nanoseconds; "first" the moment the first
 * answer is ready (the parent times its arrival); the JVM's CPU time to main, through Init (cumulative), and
 * for the first invocation; the duration of invocations 1, 10, 100, 1000; the
 * status of any answer that was not the one expected.
 *
 * <pre>ColdStartRunner HANDLER_CLASS EVENTS_FILE INVOCATIONS EXPECTED_STATUS PRIME(true|false) SPAWNED_AT_NANOS</pre>
 */
public final class ColdStartRunner {

    private ColdStartRunner() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.nanoTime();
        PrintStream report = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String handlerClass = args[0];
        Path eventsFile = Path.of(args[1]);
        int invocations = Integer.parseInt(args[2]);
        int expected = Integer.parseInt(args[3]);
        boolean prime = Boolean.parseBoolean(args[4]);
        long spawnedAt = Long.parseLong(args[5]);
        report.println("coldstart: jvm " + (main - spawnedAt));
        report.println("coldstart: cpu-jvm " + cpu());

        long started = System.nanoTime();
        @SuppressWarnings("unchecked")
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(handlerClass).getConstructor().newInstance();
        PojoSerializer<APIGatewayV2HTTPEvent> input = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
                ColdStartRunner.class.getClassLoader());
        PojoSerializer<APIGatewayV2HTTPResponse> output = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class,
                ColdStartRunner.class.getClassLoader());
        report.println("coldstart: init " + (System.nanoTime() - started));
        long cpu = cpu();
        report.println("coldstart: cpu-init " + cpu);
        if (prime) {
            started = System.nanoTime();
            // as Lambda's runtime does under SnapStart once Init is done: the resources' hooks, then the snapshot
            Class.forName("org.crac.Core").getMethod("checkpointRestore").invoke(null);
            report.println("coldstart: prime " + (System.nanoTime() - started));
            cpu = cpu();
        }
        List<String> events = Files.readAllLines(eventsFile, StandardCharsets.UTF_8);
        Context context = new RunnerContext(System.getenv("AWS_LAMBDA_FUNCTION_NAME"));
        int wrong = 0;
        for (int i = 1; i <= invocations; i++) {
            byte[] event = events.get((i - 1) % events.size()).getBytes(StandardCharsets.UTF_8);
            started = System.nanoTime();
            APIGatewayV2HTTPResponse response = handler.handleRequest(input.fromJson(new ByteArrayInputStream(event)), context);
            ByteArrayOutputStream answer = new ByteArrayOutputStream(1024);
            output.toJson(response, answer);
            long took = System.nanoTime() - started;
            if (i == 1) {
                report.println("coldstart: first " + took);
                report.println("coldstart: cpu-first " + (cpu() - cpu));
            }
            if (i == 10 || i == 100 || i == 1000) {
                report.println("coldstart: invocation" + i + " " + took);
            }
            if (response.getStatusCode() != expected) {
                wrong++;
                if (wrong <= 3) {
                    report.println("coldstart: unexpected " + response.getStatusCode() + " "
                            + answer.toString(StandardCharsets.UTF_8).replace('\n', ' '));
                }
            }
        }
        report.println("coldstart: done " + invocations + " wrong " + wrong);
    }

    /**
     * The CPU time the whole JVM used so far, its JIT compiler and GC threads included (Lambda gives a
     * function CPU in proportion to its memory, so this is what its cold start costs there); far less
     * moved by other processes on this machine than the wall-clock times.
     */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }

    /** The context the runtime passes: the function's name (its metrics' dimension) and a logger to stderr. */
    private record RunnerContext(String functionName) implements Context {
        @Override
        public String getAwsRequestId() {
            return "00000000-0000-4000-8000-000000000000";
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/" + functionName;
        }

        @Override
        public String getLogStreamName() {
            return "cold-start";
        }

        @Override
        public String getFunctionName() {
            return functionName;
        }

        @Override
        public String getFunctionVersion() {
            return "1";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName + ":live";
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
            return 10_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    System.err.println(message);
                }

                @Override
                public void log(byte[] message) {
                    System.err.println(new String(message, StandardCharsets.UTF_8));
                }
            };
        }
    }
}
