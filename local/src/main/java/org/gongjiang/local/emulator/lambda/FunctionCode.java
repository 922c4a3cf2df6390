package org.gongjiang.local.emulator.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongjiang.local.template.SamTemplate;

/**
 * Where a function's classes come from. In-process (the default) every function runs from the local
 * classpath: fast to start, and the stack's SDK interceptors see its requests. From its deployed jar,
 * a function runs from the file its CodeUri names, loaded as the Lambda Java runtime loads it: a class
 * loader of the jar alone over the runtime's own classes (the Lambda core interfaces), so a class the
 * build left out of a minimised jar fails here as it would on AWS.
 */
public abstract class FunctionCode {

    private FunctionCode() {
    }

    /** The class loader the function's handler class is loaded from. */
    public abstract ClassLoader loaderFor(SamTemplate.FunctionSpec spec);

    public static FunctionCode classpath() {
        ClassLoader own = FunctionCode.class.getClassLoader();
        return new FunctionCode() {
            @Override
            public ClassLoader loaderFor(SamTemplate.FunctionSpec spec) {
                return own;
            }
        };
    }

    /**
     * One class loader per jar (functions sharing a jar share its statics, as the in-process stack does;
     * on Lambda each function has its JVM). {@code templateDirectory} resolves relative CodeUris.
     */
    public static FunctionCode deployedJars(Path templateDirectory, Map<String, Object> globals) {
        Map<Path, ClassLoader> loaders = new ConcurrentHashMap<>();
        return new FunctionCode() {
            @Override
            public ClassLoader loaderFor(SamTemplate.FunctionSpec spec) {
                Object codeUri = spec.properties().getOrDefault("CodeUri", globals.get("CodeUri"));
                if (!(codeUri instanceof String uri) || !uri.endsWith(".jar")) {
                    throw new IllegalArgumentException(spec.logicalId() + ": CodeUri " + codeUri + " is not a jar");
                }
                Path jar = templateDirectory.resolve(uri).normalize();
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException(spec.logicalId() + ": " + jar + " does not exist; build it with ./mvnw package");
                }
                return loaders.computeIfAbsent(jar, path -> open(path, new LambdaRuntimeClassLoader()));
            }
        };
    }

    private static ClassLoader open(Path jar, ClassLoader runtime) {
        try {
            return new URLClassLoader(jar.getFileName().toString(), new URL[] {jar.toUri().toURL()}, runtime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the Lambda Java runtime puts above a function's jar: the JDK, the Lambda core interfaces
     * (Context, RequestHandler, the logger: the emulator's own, shared, as the runtime provides them
     * whatever copy the jar holds) and the runtime's event serializers, a copy of their own per jar:
     * they keep state in statics (one Jackson factory and its mixins), which on Lambda belongs to one
     * function's JVM, and shared between two jars' event classes of the same names they silently drop
     * fields (a stream record's images). The events classes and everything else come from the jar.
     */
    private static final class LambdaRuntimeClassLoader extends URLClassLoader {

        private static final String CORE = "com.amazonaws.services.lambda.runtime.";
        private static final String SERIALIZATION = CORE + "serialization.";

        LambdaRuntimeClassLoader() {
            super("lambda-runtime", new URL[] {serializationLibrary()}, ClassLoader.getPlatformClassLoader());
        }

        private static URL serializationLibrary() {
            return com.amazonaws.services.lambda.runtime.serialization.PojoSerializer.class.getProtectionDomain().getCodeSource()
                    .getLocation();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(CORE) && !name.startsWith(CORE + "events.") && !name.startsWith(SERIALIZATION)) {
                return FunctionCode.class.getClassLoader().loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
