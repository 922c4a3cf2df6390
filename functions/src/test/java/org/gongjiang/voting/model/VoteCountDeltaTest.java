package org.gongjiang.voting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongjiang.platform.stream.CommitLimits;
import org.junit.jupiter.api.Test;

class VoteCountDeltaTest {

    private static VoteEvent vote(String campaign, String candidate, String castAt, boolean first) {
        Instant at = Instant.parse(castAt);
        return VoteEvent.cast(campaign, candidate, LocalDate.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai")), at, first);
    }

    @Test
    void votesFoldIntoOneTotalsItemOneItemPerDayAndOnePerHour() {
        VoteCountDelta delta = VoteCountDelta.of(List.of(
                vote("c1", "a", "2026-11-21T08:00:00Z", true),
                vote("c1", "b", "2026-11-21T08:30:00Z", false),
                vote("c1", "a", "2026-11-21T16:10:00Z", true),
                vote("c2", "x", "2026-11-21T08:00:00Z", true)));
        VoteCountDelta.CampaignDelta c1 = delta.campaigns().get("c1");
        assertEquals(3, c1.votes());
        assertEquals(2L, c1.candidates().get("a"));
        assertEquals(2, c1.days().size());
        assertEquals(2, c1.days().get(LocalDate.parse("2026-11-21")).votes());
        assertEquals(1, c1.days().get(LocalDate.parse("2026-11-21")).voters());
        assertEquals(2L, c1.hours().get(Instant.parse("2026-11-21T08:00:00Z")));
        // c1: totals + 2 days + 2 hours; c2: totals + day + hour
        assertEquals(8, delta.counterItems());
    }

    @Test
    void aVoteFitsOnlyIfTheCommitStaysWithinTheItemAndCandidateLimits() {
        CommitLimits limits = new CommitLimits(4, 2);
        VoteCountDelta delta = VoteCountDelta.of(List.of(vote("c1", "a", "2026-11-21T08:00:00Z", true)));
        assertTrue(delta.fits(vote("c1", "b", "2026-11-21T08:10:00Z", true), limits));
        assertTrue(delta.fits(vote("c1", "a", "2026-11-21T09:10:00Z", true), limits), "a new hour item makes 4");
        delta.add(vote("c1", "b", "2026-11-21T08:10:00Z", true));
        assertFalse(delta.fits(vote("c1", "c", "2026-11-21T08:20:00Z", true), limits), "a third candidate");
        delta.add(vote("c1", "a", "2026-11-21T09:10:00Z", true));
        assertFalse(delta.fits(vote("c1", "a", "2026-11-21T10:10:00Z", true), limits), "a fifth item");
        assertFalse(delta.fits(vote("c2", "a", "2026-11-21T09:10:00Z", true), limits), "three items of another campaign");
    }

    @Test
    void aVoidTakesAVoteOutOfItsHourItsDayAndItsCandidateAndCountsItVoidedARestorationPutsItBack() {
        Instant at = Instant.parse("2026-11-21T08:00:00Z");
        LocalDate day = LocalDate.parse("2026-11-21");
        VoteCountDelta delta = VoteCountDelta.of(List.of(
                VoteEvent.cast("c1", "a", day, at, true),
                VoteEvent.cast("c1", "b", day, at.plusSeconds(60), true),
                VoteEvent.voided("c1", "a", day, at, true),
                VoteEvent.voided("c1", "b", day, at.plusSeconds(60), true),
                VoteEvent.restored("c1", "b", day, at.plusSeconds(60), true)));
        VoteCountDelta.CampaignDelta c1 = delta.campaigns().get("c1");
        assertEquals(1, c1.votes());
        assertEquals(0L, c1.candidates().get("a"));
        assertEquals(1L, c1.candidates().get("b"));
        assertEquals(1L, c1.voided().get("a"));
        assertEquals(0L, c1.voided().get("b"));
        assertEquals(1, c1.days().get(day).votes());
        assertEquals(1, c1.days().get(day).voters(), "two voters, one voided entirely, the other restored");
        assertEquals(1L, c1.hours().get(Instant.parse("2026-11-21T08:00:00Z")));
    }
}
