package org.gongjiang.local.coldstart.child.crac;

/** A resource refused the checkpoint (its failures suppressed in it). */
public class CheckpointException extends Exception {
    public CheckpointException() {
        super("checkpoint refused");
    }
}
