package org.gongjiang.voting.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gongjiang.platform.model.Cached;
import org.gongjiang.voting.model.VoterId;

/**
 * The suspended voters of each campaign through the same kind of short per-container cache as the
 * campaigns: a suspension costs the vote path no read or write per vote (one read per campaign per
 * cache lifetime), and takes effect on every container within that lifetime.
 */
public final class SuspendedVoters {

    private final SuspensionStore store;
    private final Clock clock;
    private final Duration timeToLive;
    private final Map<String, Cached<Set<String>>> cache = new ConcurrentHashMap<>();

    public SuspendedVoters(SuspensionStore store, Clock clock, Duration timeToLive) {
        this.store = store;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    public boolean isSuspended(String campaignId, VoterId voter) {
        Cached<Set<String>> cached = cache.get(campaignId);
        if (cached == null || cached.isStale(clock.instant(), timeToLive)) {
            cached = new Cached<>(store.suspended(campaignId), clock.instant());
            cache.put(campaignId, cached);
        }
        return cached.value().contains(voter.hash());
    }

    /** Forgets what this container read of a campaign (after this container changed it). */
    public void forget(String campaignId) {
        cache.remove(campaignId);
    }
}
