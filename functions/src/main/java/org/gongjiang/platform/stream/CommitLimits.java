package org.gongjiang.platform.stream;

/**
 * How much one atomic counter commit may carry: how many counter items (a DynamoDB transaction holds
 * at most 100 actions, one of them the checkpoint) and how many candidates per item (an update
 * expression is at most 4 KB).
 */
public record CommitLimits(int maxCounterItems, int maxCandidatesPerItem) {

    public CommitLimits {
        if (maxCounterItems < 3 || maxCandidatesPerItem < 1) {
            throw new IllegalArgumentException("limits too small to hold one vote");
        }
    }
}
