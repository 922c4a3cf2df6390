package org.gongjiang.local.emulator.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.gongjiang.local.template.SamTemplate;
import org.gongjiang.testing.TestDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Functions loaded from their deployed jars (functions/target/*.jar, built by the package phase) see only those jars. */
class FunctionCodeIT {

    private final SamTemplate template = TestDynamo.template();
    private final Map<String, Object> globals = SamTemplate.map(SamTemplate.map(template.document().get("Globals")).get("Function"));

    @Test
    void eachFunctionsHandlerComesFromTheJarItsCodeUriNamesOverTheRuntimesCoreInterfaces() throws Exception {
        FunctionCode code = FunctionCode.deployedJars(TestDynamo.repositoryRoot(), globals);
        ClassLoader votes = code.loaderFor(template.functions().get("CastVoteFunction"));
        ClassLoader photos = code.loaderFor(template.functions().get("GetPublicPhotoFunction"));

        Class<?> handler = Class.forName("org.gongjiang.voting.handler.CastVoteHandler", false, votes);
        assertEquals("functions.jar", handler.getClassLoader().getName());
        assertEquals("attachments.jar", photos.getName());
        assertNotSame(org.gongjiang.voting.handler.CastVoteHandler.class, handler, "not the classpath's copy");
        assertSame(votes, code.loaderFor(template.functions().get("ListCandidatesFunction")), "one loader per jar");
        // the Lambda runtime provides the core interfaces; the events classes come from the jar
        assertSame(RequestHandler.class, Class.forName(RequestHandler.class.getName(), false, votes));
        assertNotSame(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.class,
                Class.forName("com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent", false, votes));
    }

    @Test
    void aClassTheJarLacksIsMissingThereAsOnLambdaEvenWhenTheClasspathHasIt(@TempDir Path directory) throws Exception {
        String handlerEntry = "org/gongjiang/voting/handler/CastVoteHandler.class";
        Path onlyTheHandler = directory.resolve("functions/target/functions.jar");
        Files.createDirectories(onlyTheHandler.getParent());
        try (JarFile deployed = new JarFile(TestDynamo.repositoryRoot().resolve("functions/target/functions.jar").toFile());
             InputStream in = deployed.getInputStream(deployed.getEntry(handlerEntry));
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(onlyTheHandler))) {
            out.putNextEntry(new JarEntry(handlerEntry));
            in.transferTo(out);
            out.closeEntry();
        }
        ClassLoader loader = FunctionCode.deployedJars(directory, globals).loaderFor(template.functions().get("CastVoteFunction"));

        Throwable failure = assertThrows(Throwable.class,
                () -> Class.forName("org.gongjiang.voting.handler.CastVoteHandler", true, loader).getConstructor().newInstance());
        Throwable cause = failure instanceof java.lang.reflect.InvocationTargetException invocation ? invocation.getCause() : failure;
        assertTrue(cause instanceof NoClassDefFoundError, "a class missing from the jar, not " + cause);
    }

    /**
     * The Lambda runtime finds event classes, their mixins' targets and Joda-Time by name in the function's
     * jar; one it lacks is skipped in silence (a stream record without its images). Every sample event of
     * events/ must read the same through its function's jar as through the full libraries.
     */
    @Test
    void everySampleEventReadsTheSameThroughItsFunctionsJarAsThroughTheFullLibraries() throws Exception {
        FunctionCode jars = FunctionCode.deployedJars(TestDynamo.repositoryRoot(), globals);
        ClassLoader classpath = FunctionCodeIT.class.getClassLoader();
        int compared = 0;
        for (SamTemplate.FunctionSpec spec : template.functions().values()) {
            Path samples = TestDynamo.repositoryRoot().resolve("events").resolve(spec.logicalId());
            if (!Files.isDirectory(samples)) {
                continue;
            }
            ClassLoader jar = jars.loaderFor(spec);
            Class<?> eventType = eventType(spec, classpath);
            LambdaFunction.EventCodec full = LambdaFunction.EventCodec.of(eventType, classpath);
            LambdaFunction.EventCodec deployed = LambdaFunction.EventCodec.of(Class.forName(eventType.getName(), false, jar), jar);
            try (var files = Files.list(samples)) {
                for (Path sample : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    assertEquals(JSON.readTree(roundTrip(full, sample)), JSON.readTree(roundTrip(deployed, sample)),
                            spec.logicalId() + " " + sample.getFileName());
                    compared++;
                }
            }
        }
        assertTrue(compared >= template.functions().size(), compared + " samples compared");
    }

    private static Class<?> eventType(SamTemplate.FunctionSpec spec, ClassLoader loader) throws ClassNotFoundException {
        java.lang.reflect.Type type = LambdaFunction.requestHandlerTypes(Class.forName(spec.handlerClass(), false, loader))[0];
        return type instanceof java.lang.reflect.ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static String roundTrip(LambdaFunction.EventCodec codec, Path sample) throws Exception {
        Object event;
        try (InputStream in = Files.newInputStream(sample)) {
            event = codec.fromJson(in);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        codec.toJson(event, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * On AWS no endpoint is overridden: the SDK resolves each region's endpoint from its rules and partition
     * data, signs with the default credentials chain and sends. Every test against DynamoDB Local skips that
     * path, so here each jar's own client code sends one request per service to a China and a US region.
     * No network is needed: the request fails to reach the host it resolved (or, online, AWS refuses the
     * dummy credentials), and the failure names that host; a class the shrinker dropped would fail first.
     */
    @Test
    void eachJarsClientsResolveSignAndSendToTheRegionalEndpointsWithoutAnOverride() throws Exception {
        FunctionCode code = FunctionCode.deployedJars(TestDynamo.repositoryRoot(), globals);
        ClassLoader votes = code.loaderFor(template.functions().get("CastVoteFunction"));
        ClassLoader photos = code.loaderFor(template.functions().get("GetPublicPhotoFunction"));
        String[] credentials = {"aws.accessKeyId", "aws.secretAccessKey"};
        Map<String, String> before = new java.util.HashMap<>();
        for (String key : credentials) {
            before.put(key, System.getProperty(key));
            System.setProperty(key, "AKIDEXAMPLE");
        }
        try {
            for (String region : new String[] {"cn-north-1", "us-east-1"}) {
                String suffix = region.startsWith("cn-") ? ".amazonaws.com.cn" : ".amazonaws.com";
                assertReachedFor("dynamodb." + region + suffix, () -> getItem(votes, region));
                assertReachedFor("secretsmanager." + region + suffix, () -> getSecretValue(votes, region));
                // S3 in us-east-1 keeps its global endpoint (the SDK's default), every other region its own
                String s3 = region.equals("us-east-1") ? "gongjiang-attachments.s3.amazonaws.com" : "gongjiang-attachments.s3." + region + suffix;
                assertReachedFor(s3, () -> headObject(photos, region));
            }
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void assertReachedFor(String host, Call call) {
        Throwable failure = assertThrows(Throwable.class, call::run, host);
        if (failure instanceof java.lang.reflect.InvocationTargetException invocation) {
            failure = invocation.getCause();
        }
        StringBuilder chain = new StringBuilder();
        boolean refusedByAws = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            chain.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(" | ");
            refusedByAws |= t.getClass().getName().endsWith("AwsServiceException")
                    || hasSuperclass(t.getClass(), "software.amazon.awssdk.awscore.exception.AwsServiceException");
        }
        assertTrue(refusedByAws || chain.toString().contains(host), "a request sent towards " + host + ", not " + chain);
        assertTrue(!(failure instanceof LinkageError), "no class missing from the jar: " + chain);
    }

    private static boolean hasSuperclass(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void getItem(ClassLoader jar, String region) throws Exception {
        Object client = Class.forName("org.gongjiang.platform.aws.DynamoDbClients", true, jar)
                .getMethod("shared", String.class, String.class).invoke(null, region, null);
        Class<?> attribute = Class.forName("software.amazon.awssdk.services.dynamodb.model.AttributeValue", true, jar);
        Class<?> request = Class.forName("software.amazon.awssdk.services.dynamodb.model.GetItemRequest", true, jar);
        Class<?> builder = Class.forName("software.amazon.awssdk.services.dynamodb.model.GetItemRequest$Builder", true, jar);
        Object b = request.getMethod("builder").invoke(null);
        builder.getMethod("tableName", String.class).invoke(b, "gongjiang-votes");
        builder.getMethod("key", Map.class).invoke(b, Map.of("pk", attribute.getMethod("fromS", String.class).invoke(null, "probe")));
        Object built = Class.forName("software.amazon.awssdk.utils.builder.SdkBuilder", true, jar).getMethod("build").invoke(b);
        Class.forName("software.amazon.awssdk.services.dynamodb.DynamoDbClient", true, jar).getMethod("getItem", request).invoke(client, built);
    }

    private static void getSecretValue(ClassLoader jar, String region) throws Exception {
        java.lang.reflect.Method value = Class.forName("org.gongjiang.platform.aws.SecretsManagerSecrets", true, jar)
                .getDeclaredMethod("value", String.class, String.class, String.class);
        value.setAccessible(true);
        Object secret = value.invoke(null, "arn:aws:secretsmanager:" + region + ":123456789012:secret:voter-salt", region, null);
        java.util.function.Supplier.class.getMethod("get").invoke(secret);
    }

    private static void headObject(ClassLoader jar, String region) throws Exception {
        Object access = Class.forName("org.gongjiang.platform.aws.S3Clients", true, jar)
                .getMethod("shared", String.class, String.class).invoke(null, region, null);
        Object client = access.getClass().getMethod("client").invoke(access);
        Class<?> request = Class.forName("software.amazon.awssdk.services.s3.model.HeadObjectRequest", true, jar);
        Class<?> builder = Class.forName("software.amazon.awssdk.services.s3.model.HeadObjectRequest$Builder", true, jar);
        Object b = request.getMethod("builder").invoke(null);
        builder.getMethod("bucket", String.class).invoke(b, "gongjiang-attachments");
        builder.getMethod("key", String.class).invoke(b, "photos/probe.jpg");
        Object built = Class.forName("software.amazon.awssdk.utils.builder.SdkBuilder", true, jar).getMethod("build").invoke(b);
        Class.forName("software.amazon.awssdk.services.s3.S3Client", true, jar).getMethod("headObject", request).invoke(client, built);
    }

    @Test
    void aMissingJarIsToldWithTheCommandThatBuildsIt(@TempDir Path empty) {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> FunctionCode.deployedJars(empty, globals).loaderFor(template.functions().get("CastVoteFunction")));
        assertTrue(missing.getMessage().contains("./mvnw package"), missing.getMessage());
    }

}
