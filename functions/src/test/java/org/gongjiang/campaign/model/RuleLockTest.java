package org.gongjiang.campaign.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.gongjiang.platform.model.TimeWindow;
import org.junit.jupiter.api.Test;

/** Which rules a campaign's progress locks, why in words, and which changes break them. */
class RuleLockTest {

    private static final TimeWindow VOTING =
            new TimeWindow(Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-12-20T00:00:00Z"));
    private static final Instant BEFORE_THE_VOTE = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DURING_THE_VOTE = Instant.parse("2026-11-21T00:00:00Z");
    private static final Instant AFTER_THE_VOTE = Instant.parse("2026-12-21T00:00:00Z");
    private final Campaign campaign = CampaignExamples.campaign("sichuan-2026", VOTING, 10, 180);

    private static List<String> fields(List<RuleLock> locks) {
        return locks.stream().map(RuleLock::field).toList();
    }

    private static RuleLock lock(List<RuleLock> locks, String field) {
        return locks.stream().filter(lock -> lock.field().equals(field)).findFirst().orElseThrow();
    }

    private static Campaign withQuota(Campaign c, int quota) {
        return new Campaign(c.campaignId(), c.name(), c.timeZone(), c.nominationWindow(), c.publicNotice(), c.votingWindow(),
                c.voteRules(), c.categories(), c.industries(), c.tiers(), c.criteria(), c.ranking(), quota,
                c.disclosureThreshold(), c.retentionDays(), c.version(), c.integrity());
    }

    private static Campaign withZoneAndVotes(Campaign c, ZoneId zone, int perVoterPerDay) {
        return new Campaign(c.campaignId(), c.name(), zone, c.nominationWindow(), c.publicNotice(), c.votingWindow(),
                new VoteRules(perVoterPerDay, 1), c.categories(), c.industries(), c.tiers(), c.criteria(), c.ranking(),
                c.enterpriseQuota(), c.disclosureThreshold(), c.retentionDays(), c.version(), c.integrity());
    }

    @Test
    void nothingIsLockedBeforeANominationOrTheVote() {
        assertEquals(List.of(), RuleLock.of(campaign, CampaignProgress.NONE, BEFORE_THE_VOTE));
    }

    @Test
    void submittedNominationsLockTheirRulesAndTheQuotaOnlyAgainstLoweringIt() {
        List<RuleLock> locks = RuleLock.of(campaign, new CampaignProgress(12, 0, 0), BEFORE_THE_VOTE);
        assertEquals(List.of("categories", "industries", "nominationWindow.opensAt", "retentionDays", "enterpriseQuota", "timeZone"),
                fields(locks));
        RuleLock quota = lock(locks, "enterpriseQuota");
        assertEquals(RuleLock.Refuses.A_LOWER_VALUE, quota.refuses());
        assertEquals(List.of(), RuleLock.brokenBy(locks, campaign, withQuota(campaign, 5)), "a higher quota binds no one");
        assertEquals(List.of("enterpriseQuota"), RuleLock.brokenBy(locks, campaign, withQuota(campaign, 2)));
        assertEquals("已有 12 份提名按现有名额提交：名额只能增加，不能减少。", quota.reason(campaign, new CampaignProgress(12, 0, 0)).zh());
        assertEquals("12 nomination(s) were submitted under this rule: it can no longer change.",
                lock(locks, "categories").reason(campaign, new CampaignProgress(12, 0, 0)).en());
    }

    @Test
    void anOpenVoteLocksItsRulesSayingWhenItOpenedInTheCampaignsTimeZone() {
        CampaignProgress progress = new CampaignProgress(30, 90, 0);
        List<RuleLock> locks = RuleLock.of(campaign, progress, DURING_THE_VOTE);
        assertEquals(List.of("categories", "industries", "nominationWindow.opensAt", "retentionDays", "enterpriseQuota", "timeZone",
                "criteria", "tiers", "ranking", "voteRules", "votingWindow.opensAt", "integrity.escalation"), fields(locks));
        assertEquals(RuleLock.Cause.NOMINATIONS_SUBMITTED, lock(locks, "timeZone").cause(), "the first cause that locks it");
        assertEquals("投票已于 2026-11-20 08:00 (Asia/Shanghai) 开始，已投的票受这条规则约束，不能再改。",
                lock(locks, "voteRules").reason(campaign, progress).zh());
        assertEquals("Experts have submitted 90 score(s): the scores and the tiers the joint meeting proposes rest on this rule, "
                + "which can no longer change.", lock(locks, "tiers").reason(campaign, progress).en());
        assertEquals(List.of("timeZone", "voteRules"),
                RuleLock.brokenBy(locks, campaign, withZoneAndVotes(campaign, ZoneId.of("Asia/Urumqi"), 8)));
    }

    @Test
    void aVoteWithoutNominationsStillLocksTheTimeZoneItsDaysAreCountedIn() {
        List<RuleLock> locks = RuleLock.of(campaign, CampaignProgress.NONE, DURING_THE_VOTE);
        assertEquals(RuleLock.Cause.VOTING_OPENED, lock(locks, "timeZone").cause());
        assertTrue(!fields(locks).contains("votingWindow.closesAt"), "the vote may still be extended");
    }

    @Test
    void aClosedVoteLocksItsClosingAndNamedWinnersTheirTiers() {
        List<RuleLock> locks = RuleLock.of(campaign, new CampaignProgress(30, 90, 20), AFTER_THE_VOTE);
        assertEquals(RuleLock.Cause.VOTING_CLOSED, lock(locks, "votingWindow.closesAt").cause());
        assertEquals(1, fields(locks).stream().filter("tiers"::equals).count(), "each rule once");
        assertEquals("投票已于 2026-12-20 08:00 (Asia/Shanghai) 结束，不能再改。",
                lock(locks, "votingWindow.closesAt").reason(campaign, new CampaignProgress(30, 90, 20)).zh());
        List<RuleLock> namedOnly = RuleLock.of(campaign, new CampaignProgress(0, 0, 3), BEFORE_THE_VOTE);
        assertEquals(List.of("tiers", "ranking"), fields(namedOnly));
        assertEquals("已按这条规则命名 3 位工匠，不能再改。", namedOnly.getFirst().reason(campaign, new CampaignProgress(0, 0, 3)).zh());
    }
}
