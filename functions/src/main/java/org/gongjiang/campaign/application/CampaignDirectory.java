package org.gongjiang.campaign.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.platform.model.Cached;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.NotFoundException;

/**
 * Campaign configurations, read through a short per-container cache: they change a few times per
 * campaign while votes arrive by the million, so the vote path checks them against memory instead of
 * reading DynamoDB before every write.
 */
public final class CampaignDirectory {

    private final CampaignStore campaigns;
    private final Clock clock;
    private final Duration timeToLive;
    private static final int MAX_REMEMBERED_MISSES = 1_000;
    // Briefly: a campaign an admin has just created must show within seconds on every container, even
    // one that a phone asked about it a moment before.
    static final Duration MISS_LIFETIME = Duration.ofSeconds(2);

    private final Map<String, Cached<Campaign>> cache = new ConcurrentHashMap<>();
    // Unknown ids are remembered too, in a bounded map, so that a flood of requests naming campaigns
    // that do not exist costs a read per id every two seconds, not one each.
    private final Map<String, Instant> misses = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_REMEMBERED_MISSES;
        }
    });
    private volatile Cached<List<Campaign>> all;

    public CampaignDirectory(CampaignStore campaigns, Clock clock, Duration timeToLive) {
        this.campaigns = campaigns;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    public Optional<Campaign> campaign(String campaignId) {
        if (!Ids.isCampaignId(campaignId)) {
            return Optional.empty();
        }
        Cached<Campaign> cached = cache.get(campaignId);
        if (cached == null || cached.isStale(clock.instant(), timeToLive)) {
            Instant missedAt = misses.get(campaignId);
            Instant now = clock.instant();
            if (missedAt != null && !now.isBefore(missedAt) && now.isBefore(missedAt.plus(missLifetime()))) {
                return Optional.empty();
            }
            Optional<Campaign> campaign = campaigns.find(campaignId);
            if (campaign.isEmpty()) {
                cache.remove(campaignId);
                misses.put(campaignId, clock.instant());
                return campaign;
            }
            misses.remove(campaignId);
            cached = new Cached<>(campaign.get(), clock.instant());
            cache.put(campaignId, cached);
        }
        return Optional.of(cached.value());
    }

    private Duration missLifetime() {
        return timeToLive.compareTo(MISS_LIFETIME) < 0 ? timeToLive : MISS_LIFETIME;
    }

    public Campaign requireCampaign(String campaignId) {
        return campaign(campaignId).orElseThrow(() -> NotFoundException.campaign(String.valueOf(campaignId)));
    }

    /** Every campaign, the one whose vote opens latest first. */
    public List<Campaign> campaigns() {
        Cached<List<Campaign>> cached = all;
        if (cached == null || cached.isStale(clock.instant(), timeToLive)) {
            List<Campaign> list = campaigns.list().stream()
                    .sorted(Comparator.comparing((Campaign c) -> c.votingWindow().opensAt()).reversed()
                            .thenComparing(Campaign::campaignId))
                    .toList();
            cached = new Cached<>(list, clock.instant());
            all = cached;
        }
        return cached.value();
    }
}
