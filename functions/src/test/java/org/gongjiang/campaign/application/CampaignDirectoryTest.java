package org.gongjiang.campaign.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignExamples;
import org.gongjiang.campaign.model.CampaignProgress;
import org.gongjiang.platform.model.TimeWindow;
import org.junit.jupiter.api.Test;

/** The per-container campaign cache: how many reads a stream of requests costs. */
class CampaignDirectoryTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    private static final class CountingStore implements CampaignStore {
        final Map<String, Campaign> campaigns = new HashMap<>();
        final List<String> reads = new ArrayList<>();

        @Override
        public Optional<Campaign> find(String campaignId) {
            reads.add(campaignId);
            return Optional.ofNullable(campaigns.get(campaignId));
        }

        @Override
        public List<Campaign> list() {
            reads.add("*");
            return List.copyOf(campaigns.values());
        }

        @Override
        public Optional<Stored> findStored(String campaignId) {
            return find(campaignId).map(campaign -> new Stored(campaign, CampaignProgress.NONE));
        }

        @Override
        public boolean create(Campaign campaign) {
            return campaigns.putIfAbsent(campaign.campaignId(), campaign) == null;
        }

        @Override
        public boolean replace(Campaign campaign, long expectedVersion, CampaignProgress seen) {
            campaigns.put(campaign.campaignId(), campaign);
            return true;
        }
    }

    private static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-11-21T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static Campaign campaign(String id) {
        return CampaignExamples.campaign(id, new TimeWindow(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z")), 10, 30);
    }

    @Test
    void aKnownCampaignIsReadOncePerTimeToLive() {
        CountingStore store = new CountingStore();
        store.create(campaign("sichuan-2026"));
        Ticking clock = new Ticking();
        CampaignDirectory directory = new CampaignDirectory(store, clock, TTL);
        for (int i = 0; i < 100; i++) {
            assertTrue(directory.campaign("sichuan-2026").isPresent());
        }
        assertEquals(1, store.reads.size());
        clock.now = clock.now.plus(TTL);
        directory.campaign("sichuan-2026");
        assertEquals(2, store.reads.size());
    }

    @Test
    void anUnknownCampaignIsReadOnceEveryTwoSecondsAndMalformedIdsNever() {
        CountingStore store = new CountingStore();
        Ticking clock = new Ticking();
        CampaignDirectory directory = new CampaignDirectory(store, clock, TTL);
        for (int i = 0; i < 100; i++) {
            assertTrue(directory.campaign("no-such-campaign").isEmpty());
            assertTrue(directory.campaign("Not A Campaign!").isEmpty());
        }
        assertEquals(List.of("no-such-campaign"), store.reads);
        clock.now = clock.now.plus(CampaignDirectory.MISS_LIFETIME);
        directory.campaign("no-such-campaign");
        assertEquals(List.of("no-such-campaign", "no-such-campaign"), store.reads);
    }

    @Test
    void aCampaignCreatedJustAfterSomeoneAskedForItShowsWithinTwoSecondsNotTheWholeTimeToLive() {
        CountingStore store = new CountingStore();
        Ticking clock = new Ticking();
        CampaignDirectory directory = new CampaignDirectory(store, clock, TTL);
        assertTrue(directory.campaign("langya-2027").isEmpty());
        store.create(campaign("langya-2027"));
        clock.now = clock.now.plus(CampaignDirectory.MISS_LIFETIME);
        assertTrue(directory.campaign("langya-2027").isPresent(), "created meanwhile");
    }

    @Test
    void aMissIsForgottenWhenTheClockIsSetBack() {
        CountingStore store = new CountingStore();
        Ticking clock = new Ticking();
        CampaignDirectory directory = new CampaignDirectory(store, clock, TTL);
        assertTrue(directory.campaign("langya-2027").isEmpty());
        store.create(campaign("langya-2027"));
        clock.now = clock.now.minus(Duration.ofDays(40));
        assertTrue(directory.campaign("langya-2027").isPresent(), "the local stack's clock moved back through the campaign");
    }

    @Test
    void theListOfCampaignsIsReadAgainWhenTheClockIsSetBackBeforeItWasLoaded() {
        CountingStore store = new CountingStore();
        Ticking clock = new Ticking();
        CampaignDirectory directory = new CampaignDirectory(store, clock, TTL);
        clock.now = clock.now.plus(Duration.ofDays(21));
        assertEquals(0, directory.campaigns().size());
        store.create(campaign("langya-2027"));
        clock.now = clock.now.minus(Duration.ofDays(21));
        assertEquals(1, directory.campaigns().size(), "a list loaded in the clock's future is not kept for three weeks");
    }
}
