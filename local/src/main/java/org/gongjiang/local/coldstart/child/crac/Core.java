package org.gongjiang.local.coldstart.child.crac;

/**
 * A stand-in CRaC implementation for the cold-start runner's "primed" measurement: org.crac (in the
 * functions' jar) loads it when the JVM runs with {@code -Dorg.crac.Core.Compat=} this package, as Lambda's
 * Java runtime has org.crac load its own implementation under SnapStart. {@link #checkpointRestore} runs
 * every registered resource's beforeCheckpoint, takes no snapshot, and runs their afterRestore: the JVM
 * then goes on as a restored one would, with what priming loaded, initialised and compiled.
 */
public final class Core {

    private static final Context<Resource> GLOBAL = new Context<>();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        GLOBAL.beforeCheckpoint(null);
        GLOBAL.afterRestore(null);
    }
}
