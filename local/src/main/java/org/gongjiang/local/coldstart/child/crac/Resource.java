package org.gongjiang.local.coldstart.child.crac;

/** What org.crac's compatibility layer expects of an implementation's resource (see {@link Core}). */
public interface Resource {

    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
