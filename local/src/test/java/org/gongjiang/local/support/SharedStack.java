package org.gongjiang.local.support;

import org.gongjiang.local.LocalStack;

/** One local stack (ephemeral ports, in memory, demo campaign) for every HTTP-level test of the JVM. */
public final class SharedStack {

    private static LocalStack stack;

    private SharedStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            try {
                // the deployed batch size (template default), so that the 100,000-vote cost test takes minutes, not more
                stack = LocalStack.start(LocalStack.Options.ephemeral().withBatchSize(1000));
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
