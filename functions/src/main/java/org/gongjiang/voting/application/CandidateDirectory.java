package org.gongjiang.voting.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.platform.model.Cached;
import org.gongjiang.voting.model.Candidate;

/**
 * Each campaign's public ballot (its published finalists), read through the same kind of short cache
 * as {@link CampaignDirectory}. A candidate missing from the cached ballot triggers one early reload (at
 * most once a second per campaign), so a finalist published a moment ago can be voted for at once.
 */
public final class CandidateDirectory {

    private static final Duration MISS_RELOAD_INTERVAL = Duration.ofSeconds(1);

    private final CandidateStore candidates;
    private final Clock clock;
    private final Duration timeToLive;
    private final Map<String, Cached<Ballot>> cache = new ConcurrentHashMap<>();

    public CandidateDirectory(CandidateStore candidates, Clock clock, Duration timeToLive) {
        this.candidates = candidates;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** The campaign's published finalists, ordered by candidate id. */
    public List<Candidate> ballot(String campaignId) {
        return cached(campaignId).value().candidates();
    }

    public Optional<Candidate> candidate(String campaignId, String candidateId) {
        Cached<Ballot> cached = cached(campaignId);
        Candidate found = cached.value().byId().get(candidateId);
        if (found == null && cached.isStale(clock.instant(), MISS_RELOAD_INTERVAL)) {
            cache.remove(campaignId, cached);
            found = cached(campaignId).value().byId().get(candidateId);
        }
        return Optional.ofNullable(found);
    }

    private Cached<Ballot> cached(String campaignId) {
        Cached<Ballot> cached = cache.get(campaignId);
        if (cached == null || cached.isStale(clock.instant(), timeToLive)) {
            cached = new Cached<>(Ballot.of(candidates.list(campaignId)), clock.instant());
            cache.put(campaignId, cached);
        }
        return cached;
    }

    private record Ballot(List<Candidate> candidates, Map<String, Candidate> byId) {
        static Ballot of(List<Candidate> candidates) {
            List<Candidate> sorted = candidates.stream().sorted(Comparator.comparing(Candidate::candidateId)).toList();
            Map<String, Candidate> byId = new HashMap<>();
            sorted.forEach(candidate -> byId.put(candidate.candidateId(), candidate));
            return new Ballot(sorted, Map.copyOf(byId));
        }
    }
}
