package org.gongjiang.local.emulator.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.gongjiang.local.emulator.faults.Faults;
import org.gongjiang.local.template.SamTemplate;
import org.gongjiang.platform.aws.Environment;

/**
 * One function of template.yaml, running here as one warm Lambda container: its handler class built
 * once with the function's own environment, invoked with JSON events that the Lambda Java runtime's
 * own serializers turn into the event objects, as on AWS.
 */
public final class LambdaFunction {

    private final String name;
    private final Supplier<RequestHandler<Object, Object>> container;
    private volatile RequestHandler<Object, Object> handler;
    private final Faults faults;
    private final PojoSerializer<Object> input;
    private final PojoSerializer<Object> output;
    private final int memoryMb;
    private final int timeoutSeconds;
    private final LogLevel logLevel;
    private final AtomicLong invocations = new AtomicLong();
    private final Map<String, String> environment;

    private LambdaFunction(String name, Map<String, String> environment, Supplier<RequestHandler<Object, Object>> container, Faults faults,
                           PojoSerializer<Object> input, PojoSerializer<Object> output, int memoryMb, int timeoutSeconds,
                           LogLevel logLevel) {
        this.name = name;
        this.environment = Map.copyOf(environment);
        this.container = container;
        this.handler = container.get();
        this.faults = faults;
        this.input = input;
        this.output = output;
        this.memoryMb = memoryMb;
        this.timeoutSeconds = timeoutSeconds;
        this.logLevel = logLevel;
    }

    /** Loads the handler class named by the template and constructs it seeing only {@code environment}. */
    public static LambdaFunction load(SamTemplate.FunctionSpec spec, Map<String, String> environment, Clock clock, int memoryMb,
                               int timeoutSeconds, LogLevel logLevel) {
        return load(spec, environment, clock, memoryMb, timeoutSeconds, logLevel, Faults.none());
    }

    /** As above, with {@code faults} crashing invocations and replacing containers at their rates. */
    @SuppressWarnings("unchecked")
    public static LambdaFunction load(SamTemplate.FunctionSpec spec, Map<String, String> environment, Clock clock, int memoryMb,
                               int timeoutSeconds, LogLevel logLevel, Faults faults) {
        try {
            Class<?> type = Class.forName(spec.handlerClass());
            if (!RequestHandler.class.isAssignableFrom(type) || !"handleRequest".equals(spec.handlerMethod())) {
                throw new IllegalArgumentException(spec.logicalId() + ": " + spec.handlerClass()
                        + "::" + spec.handlerMethod() + " is not a RequestHandler's handleRequest");
            }
            Type[] io = requestHandlerTypes(type);
            // A new container: the handler's no-arg constructor, seeing the function's environment.
            Supplier<RequestHandler<Object, Object>> container = () -> (RequestHandler<Object, Object>) Environment.using(
                    environment, read -> {
                    }, clock, () -> {
                        try {
                            return type.getConstructor().newInstance();
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException("cannot construct " + type.getName(), e);
                        }
                    });
            ClassLoader loader = LambdaFunction.class.getClassLoader();
            return new LambdaFunction(spec.logicalId(), environment, container, faults,
                    (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(raw(io[0]), loader),
                    (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(raw(io[1]), loader),
                    memoryMb, timeoutSeconds, logLevel);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(spec.logicalId() + ": no handler class " + spec.handlerClass(), e);
        }
    }

    /** A handler's input or output class (Map for Map&lt;String, Object&gt;). */
    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    /** The input and output types of the handler's RequestHandler&lt;I, O&gt;. */
    public static Type[] requestHandlerTypes(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Type candidate : c.getGenericInterfaces()) {
                if (candidate instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    return parameterized.getActualTypeArguments();
                }
            }
        }
        throw new IllegalArgumentException(type.getName() + " does not declare RequestHandler<I, O>");
    }

    public String name() {
        return name;
    }

    /** The variables the function's handler sees: the template's, resolved, and the local endpoints. */
    public Map<String, String> environment() {
        return environment;
    }

    /** How many times the function was invoked (tests check that refused requests never reach it). */
    public long invocations() {
        return invocations.get();
    }

    /**
     * Invokes with a JSON event and returns the JSON result; a handler exception is an invocation error,
     * and so is a crash the faults inject (before the handler ran, or after it ran and its answer was lost:
     * the container is then replaced, as Lambda replaces one whose runtime died).
     */
    public String invoke(String eventJson) throws InvocationError {
        invocations.incrementAndGet();
        Object event = input.fromJson(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)));
        Context context = new LocalContext(name, UUID.randomUUID().toString(), memoryMb, timeoutSeconds, logLevel);
        Faults.InvocationFault fault = faults.nextInvocation();
        if (fault == Faults.InvocationFault.CRASH_BEFORE_HANDLER) {
            handler = container.get();
            throw new InvocationError(name + " crashed before its handler ran (injected)", null);
        }
        RequestHandler<Object, Object> current = handler;
        Object result;
        try {
            result = current.handleRequest(event, context);
        } catch (RuntimeException | Error e) {
            // one JSON ERROR line with the trace, as the Lambda runtime logs an unhandled error
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            context.getLogger().log("invocation failed: " + trace, LogLevel.ERROR);
            throw new InvocationError(name + " failed: " + e.getClass().getName(), e);
        } finally {
            if (fault == Faults.InvocationFault.CRASH_AFTER_HANDLER || faults.recycleContainer()) {
                handler = container.get();
            }
        }
        if (fault == Faults.InvocationFault.CRASH_AFTER_HANDLER) {
            throw new InvocationError(name + " crashed after its handler ran, its answer lost (injected)", null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        output.toJson(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The function raised an error (Lambda would report an unhandled error for the invocation). */
    public static final class InvocationError extends Exception {
        public InvocationError(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
