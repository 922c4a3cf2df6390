package org.gongjiang.local.emulator.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
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
    private final ClassLoader code;
    private final Faults faults;
    private final EventCodec input;
    private final EventCodec output;
    private final int memoryMb;
    private final int timeoutSeconds;
    private final LogLevel logLevel;
    private final AtomicLong invocations = new AtomicLong();
    private final Map<String, String> environment;

    private LambdaFunction(String name, Map<String, String> environment, Supplier<RequestHandler<Object, Object>> container,
                           ClassLoader code, Faults faults,
                           EventCodec input, EventCodec output, int memoryMb, int timeoutSeconds,
                           LogLevel logLevel) {
        this.name = name;
        this.environment = Map.copyOf(environment);
        this.container = container;
        this.code = code;
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
        return load(spec, LambdaFunction.class.getClassLoader(), environment, clock, memoryMb, timeoutSeconds, logLevel,
                Faults.none());
    }

    /**
     * As above, the handler class loaded from {@code code} (see {@link FunctionCode}), with {@code faults}
     * crashing invocations and replacing containers at their rates.
     */
    @SuppressWarnings("unchecked")
    public static LambdaFunction load(SamTemplate.FunctionSpec spec, ClassLoader code, Map<String, String> environment, Clock clock,
                               int memoryMb, int timeoutSeconds, LogLevel logLevel, Faults faults) {
        try {
            Class<?> type = Class.forName(spec.handlerClass(), false, code);
            if (!RequestHandler.class.isAssignableFrom(type) || !"handleRequest".equals(spec.handlerMethod())) {
                throw new IllegalArgumentException(spec.logicalId() + ": " + spec.handlerClass()
                        + "::" + spec.handlerMethod() + " is not a RequestHandler's handleRequest");
            }
            Type[] io = requestHandlerTypes(type);
            // A new container: the handler's no-arg constructor, seeing the function's environment.
            Supplier<RequestHandler<Object, Object>> container = () -> withContextLoader(code,
                    () -> (RequestHandler<Object, Object>) constructSeeing(code, environment, clock, type));
            return new LambdaFunction(spec.logicalId(), environment, container, code, faults,
                    EventCodec.of(raw(io[0]), code), EventCodec.of(raw(io[1]), code),
                    memoryMb, timeoutSeconds, logLevel);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(spec.logicalId() + ": no handler class " + spec.handlerClass(), e);
        }
    }

    /**
     * The handler built by its no-arg constructor inside {@code Environment.using}: the copy of
     * {@link Environment} in the function's own code, so that a function loaded from its jar reads
     * the environment given here and not this JVM's.
     */
    private static Object constructSeeing(ClassLoader code, Map<String, String> environment, Clock clock, Class<?> type) {
        Supplier<Object> construct = () -> {
            try {
                return type.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + type.getName(), e);
            }
        };
        Consumer<String> reads = name -> {
        };
        if (code == LambdaFunction.class.getClassLoader()) {
            return Environment.using(environment, reads, clock, construct);
        }
        try {
            Method using = Class.forName(Environment.class.getName(), true, code)
                    .getMethod("using", Map.class, Consumer.class, Clock.class, Supplier.class);
            return using.invoke(null, environment, reads, clock, construct);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + ": its jar has no usable " + Environment.class.getName(), e);
        }
    }

    /**
     * The Lambda runtime's serializer for one event or answer type: the emulator's own copy for functions on
     * the classpath, the copy above the jar (see {@link FunctionCode}) for a function from its jar.
     */
    interface EventCodec {
        Object fromJson(java.io.InputStream json);

        void toJson(Object value, java.io.OutputStream json);

        @SuppressWarnings("unchecked")
        static EventCodec of(Class<?> type, ClassLoader code) {
            if (code == LambdaFunction.class.getClassLoader()) {
                PojoSerializer<Object> serializer = (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(type, code);
                return new EventCodec() {
                    @Override
                    public Object fromJson(java.io.InputStream json) {
                        return serializer.fromJson(json);
                    }

                    @Override
                    public void toJson(Object value, java.io.OutputStream json) {
                        serializer.toJson(value, json);
                    }
                };
            }
            try {
                Object serializer = Class.forName(LambdaEventSerializers.class.getName(), true, code)
                        .getMethod("serializerFor", Class.class, ClassLoader.class).invoke(null, type, code);
                Class<?> pojo = Class.forName(PojoSerializer.class.getName(), true, code);
                Method read = pojo.getMethod("fromJson", java.io.InputStream.class);
                Method write = pojo.getMethod("toJson", Object.class, java.io.OutputStream.class);
                return new EventCodec() {
                    @Override
                    public Object fromJson(java.io.InputStream json) {
                        return call(read, serializer, json);
                    }

                    @Override
                    public void toJson(Object value, java.io.OutputStream json) {
                        call(write, serializer, value, json);
                    }
                };
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no Lambda runtime serializer for " + type.getName(), e);
            }
        }

        private static Object call(Method method, Object target, Object... arguments) {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs {@code action} with the function's class loader as the thread's context loader, as Lambda's runtime does. */
    private static <T> T withContextLoader(ClassLoader code, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(code);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
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

    /** Where the function's classes come from: the class loader's name (its jar's file name), or the local classpath. */
    public String codeSource() {
        return code == LambdaFunction.class.getClassLoader() ? "classpath" : String.valueOf(code.getName());
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
            result = withContextLoader(code, () -> current.handleRequest(event, context));
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
