package org.gongjiang.local.coldstart.child.crac;

import java.util.ArrayList;
import java.util.List;

/** The global context of {@link Core}: the resources in the order they were registered. */
public class Context<R extends Resource> implements Resource {

    private final List<R> resources = new ArrayList<>();

    public synchronized void register(R resource) {
        resources.add(resource);
    }

    synchronized List<R> resources() {
        return List.copyOf(resources);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
        CheckpointException failures = new CheckpointException();
        List<R> registered = resources();
        // as CRaC: before the checkpoint the last registered first
        for (int i = registered.size() - 1; i >= 0; i--) {
            try {
                registered.get(i).beforeCheckpoint(this);
            } catch (Exception e) {
                failures.addSuppressed(e);
            }
        }
        if (failures.getSuppressed().length > 0) {
            throw failures;
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) throws RestoreException {
        RestoreException failures = new RestoreException();
        for (R resource : resources()) {
            try {
                resource.afterRestore(this);
            } catch (Exception e) {
                failures.addSuppressed(e);
            }
        }
        if (failures.getSuppressed().length > 0) {
            throw failures;
        }
    }
}
