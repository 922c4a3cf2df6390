package org.gongjiang.campaign.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.gongjiang.platform.model.TimeWindow;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static final TimeWindow WINDOW =
            new TimeWindow(Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-12-20T00:00:00Z"));
    private final Campaign campaign = CampaignExamples.campaign("sichuan-2026", WINDOW, 10, 180);

    @Test
    void theVotingDayIsTheCalendarDayInTheCampaignsTimeZone() {
        assertEquals(LocalDate.parse("2026-11-21"), campaign.votingDay(Instant.parse("2026-11-21T15:59:59.999Z")));
        assertEquals(LocalDate.parse("2026-11-22"), campaign.votingDay(Instant.parse("2026-11-21T16:00:00Z")));
        assertEquals(Instant.parse("2026-11-21T16:00:00Z"), campaign.nextVotingDayStartsAt(Instant.parse("2026-11-21T03:00:00Z")));
    }

    @Test
    void theWindowIncludesItsOpeningAndExcludesItsClosing() {
        assertTrue(WINDOW.isOpenAt(Instant.parse("2026-11-20T00:00:00Z")));
        assertFalse(WINDOW.isOpenAt(Instant.parse("2026-11-19T23:59:59.999Z")));
        assertFalse(WINDOW.isOpenAt(Instant.parse("2026-12-20T00:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(WINDOW.closesAt(), WINDOW.opensAt()));
    }

    @Test
    void voterDataExpiresTheRetentionPeriodAfterTheVoteCloses() {
        assertEquals(Instant.parse("2027-06-18T00:00:00Z"), campaign.personalDataExpiresAt());
    }

    @Test
    void voteRulesAllowOneVotePerCandidatePerDayAndABoundedDailyQuota() {
        assertThrows(IllegalArgumentException.class, () -> new VoteRules(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new VoteRules(21, 1));
        assertThrows(IllegalArgumentException.class, () -> new VoteRules(10, 2));
    }
}
