package org.gongjiang.acceptance.support;

import org.gongjiang.local.LocalDeployment;

/** One local stack (ephemeral ports, in memory, demo campaign) for every HTTP-level test of the JVM. */
public final class SharedDeployment {

    private static LocalDeployment stack;

    private SharedDeployment() {
    }

    public static synchronized LocalDeployment get() {
        if (stack == null) {
            try {
                // the deployed batch size (template default), so that the 100,000-vote cost test takes minutes, not more
                stack = LocalDeployment.start(LocalDeployment.Options.ephemeral().withBatchSize(1000));
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
}
