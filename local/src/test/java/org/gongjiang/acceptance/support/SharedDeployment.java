package org.gongjiang.acceptance.support;

import org.gongjiang.local.LocalDeployment;

/**
 * One local stack (ephemeral ports, in memory, demo campaign) for every HTTP-level test of the JVM.
 * With {@code -Dgongjiang.functions=deployed} its functions run from their deployed jars (the failsafe
 * execution {@code deployed-jars} runs a set of these tests so).
 */
public final class SharedDeployment {

    private static LocalDeployment stack;

    private SharedDeployment() {
    }

    public static synchronized LocalDeployment get() {
        if (stack == null) {
            try {
                // the deployed batch size (template default), so that the 100,000-vote cost test takes minutes, not more
                stack = LocalDeployment.start(LocalDeployment.Options.ephemeral().withBatchSize(1000)
                        .withDeployedJars(fromDeployedJars()));
                if (fromDeployedJars()) {
                    stack.functions().forEach((name, function) -> {
                        if (!function.codeSource().endsWith(".jar")) {
                            throw new IllegalStateException(name + " runs from " + function.codeSource() + ", not its jar");
                        }
                    });
                    System.err.println("functions from their deployed jars: " + stack.functions().values().stream()
                            .map(f -> f.name() + "<" + f.codeSource()).toList());
                }
            } catch (Exception e) {
                throw new IllegalStateException("the local stack did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stack.close();
                } catch (Exception ignored) {
                    // the JVM is going
                }
            }));
        }
        return stack;
    }

    public static boolean fromDeployedJars() {
        return "deployed".equals(System.getProperty("gongjiang.functions"));
    }
}
