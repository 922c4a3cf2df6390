package org.gongjiang.platform.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.CounterDifference;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.PlatformMessages;

/**
 * Rebuilds a campaign's counters of one kind (votes, nomination statistics) from their source table,
 * for when the stream cannot be trusted (an outage longer than its 24 hours, a bug): rebuild into a new
 * generation, compare it with the live counters, and switch to it only when the operator says so,
 * passing back the live version the comparison showed. The switch is refused if the live counters moved
 * since: changes were counted meanwhile, and the comparison no longer holds.
 */
public final class CounterRecount {

    private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("'recount-'yyyyMMdd'-'HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final CounterRecountStore store;
    private final Clock clock;

    public CounterRecount(CounterRecountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What a comparison found. */
    public record Comparison(String campaignId, String generation, Optional<String> liveVersion, List<CounterDifference> differences) {
    }

    /** What a rebuild read, and how it compares. */
    public record Rebuild(Map<String, Long> figures, Comparison comparison) {
    }

    public Rebuild rebuild(String campaignId) {
        Instant now = clock.instant();
        String generation = GENERATION.format(now);
        if (store.generationExists(campaignId, generation)) {
            throw new ConflictException("recount-exists", PlatformMessages.RECOUNT_EXISTS_TITLE.text(),
                    PlatformMessages.RECOUNT_EXISTS.text(generation), Map.of());
        }
        Map<String, Long> figures = store.rebuild(campaignId, generation, now);
        return new Rebuild(figures, compare(campaignId, generation));
    }

    public Comparison compare(String campaignId, String generation) {
        requireGeneration(campaignId, generation);
        Optional<String> version = store.liveVersion(campaignId);
        var live = store.counters(campaignId, Optional.empty());
        var recounted = store.counters(campaignId, Optional.of(generation));
        return new Comparison(campaignId, generation, version, CounterDifference.between(live, recounted));
    }

    /** Switches, on the operator's word, to the generation the comparison at {@code liveVersion} showed. */
    public Comparison switchTo(String campaignId, String generation, Optional<String> liveVersion) {
        requireGeneration(campaignId, generation);
        if (!store.switchTo(campaignId, generation, liveVersion, clock.instant())) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("liveVersion", store.liveVersion(campaignId).orElse(""));
            throw new ConflictException("counters-moved", PlatformMessages.COUNTERS_MOVED_TITLE.text(),
                    PlatformMessages.COUNTERS_MOVED.text(), extensions);
        }
        return compare(campaignId, generation);
    }

    private void requireGeneration(String campaignId, String generation) {
        if (generation == null || !generation.matches("recount-[0-9]{8}-[0-9]{9}")) {
            throw new InvalidInputException("invalid-request", PlatformMessages.RECOUNT_GENERATION_INVALID.text(), List.of());
        }
        if (!store.generationExists(campaignId, generation)) {
            throw new NotFoundException("recount-not-found", PlatformMessages.RECOUNT_NOT_FOUND.text(campaignId, generation));
        }
    }
}
