package org.gongjiang.local.coldstart.child.crac;

/** A resource failed after the restore (its failures suppressed in it). */
public class RestoreException extends Exception {
    public RestoreException() {
        super("restore failed");
    }
}
