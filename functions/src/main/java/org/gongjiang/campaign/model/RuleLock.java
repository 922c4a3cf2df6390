package org.gongjiang.campaign.model;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gongjiang.platform.model.LocalizedText;

/**
 * A rule of a campaign that already binds its process and so cannot change, and why: once a nomination
 * is submitted, its categories, industries, time zone, retention, the nomination window's opening and a
 * lower quota (nominations were made under them); once an expert scored, the criteria and the tiers
 * (the joint meeting proposes tiers from the first score on); once voting opened, the vote rules, the
 * voting window's opening, the time zone, the ranking weights and the announced escalation (the watch's
 * thresholds may still be tuned); once it closed, its closing; once a winner is named, tiers and ranking.
 * One list serves both the refusal of a change and the admin's page, which shows these fields locked.
 *
 * @param field the configuration's member, as the refusal names it ({@code votingWindow.opensAt})
 * @param refuses whether any change is refused or only a lower value
 */
public record RuleLock(String field, Cause cause, Refuses refuses) {

    /** What already depends on the rule, in the order the process reaches it. */
    public enum Cause { NOMINATIONS_SUBMITTED, SCORES_SUBMITTED, VOTING_OPENED, VOTING_CLOSED, WINNERS_NAMED }

    public enum Refuses { ANY_CHANGE, A_LOWER_VALUE }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Map<String, Function<Campaign, Object>> VALUES = Map.ofEntries(
            Map.entry("categories", Campaign::categories),
            Map.entry("industries", Campaign::industries),
            Map.entry("nominationWindow.opensAt", c -> c.nominationWindow().opensAt()),
            Map.entry("retentionDays", Campaign::retentionDays),
            Map.entry("enterpriseQuota", Campaign::enterpriseQuota),
            Map.entry("timeZone", Campaign::timeZone),
            Map.entry("criteria", Campaign::criteria),
            Map.entry("tiers", Campaign::tiers),
            Map.entry("ranking", Campaign::ranking),
            Map.entry("voteRules", Campaign::voteRules),
            Map.entry("votingWindow.opensAt", c -> c.votingWindow().opensAt()),
            Map.entry("votingWindow.closesAt", c -> c.votingWindow().closesAt()),
            Map.entry("integrity.escalation", c -> c.integrity().escalation()));

    public RuleLock {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(refuses, "refuses");
        if (!VALUES.containsKey(field)) {
            throw new IllegalArgumentException("no such rule: " + field);
        }
    }

    /** The rules of {@code campaign} that bind at {@code now}, each once, under the first cause that locks it. */
    public static List<RuleLock> of(Campaign campaign, CampaignProgress progress, Instant now) {
        List<RuleLock> locks = new ArrayList<>();
        boolean votingOpened = !now.isBefore(campaign.votingWindow().opensAt());
        if (progress.nominationsSubmitted() > 0) {
            add(locks, Cause.NOMINATIONS_SUBMITTED, "categories", "industries", "nominationWindow.opensAt", "retentionDays");
            locks.add(new RuleLock("enterpriseQuota", Cause.NOMINATIONS_SUBMITTED, Refuses.A_LOWER_VALUE));
            add(locks, Cause.NOMINATIONS_SUBMITTED, "timeZone");
        }
        if (votingOpened) {
            add(locks, Cause.VOTING_OPENED, "timeZone");
        }
        if (progress.scoresSubmitted() > 0) {
            add(locks, Cause.SCORES_SUBMITTED, "criteria", "tiers");
        }
        if (votingOpened) {
            add(locks, Cause.VOTING_OPENED, "ranking", "voteRules", "votingWindow.opensAt", "integrity.escalation");
        }
        if (campaign.votingWindow().hasClosedAt(now)) {
            add(locks, Cause.VOTING_CLOSED, "votingWindow.closesAt");
        }
        if (progress.winnersNamed() > 0) {
            add(locks, Cause.WINNERS_NAMED, "tiers", "ranking");
        }
        return List.copyOf(locks);
    }

    /** The members of {@code locks} that the change from {@code current} to {@code updated} would break. */
    public static List<String> brokenBy(List<RuleLock> locks, Campaign current, Campaign updated) {
        return locks.stream().filter(lock -> lock.isBrokenBy(current, updated)).map(RuleLock::field).toList();
    }

    public boolean isBrokenBy(Campaign current, Campaign updated) {
        Object before = VALUES.get(field).apply(current);
        Object after = VALUES.get(field).apply(updated);
        return switch (refuses) {
            case ANY_CHANGE -> !Objects.equals(before, after);
            case A_LOWER_VALUE -> ((Integer) after) < ((Integer) before);
        };
    }

    /** Why the rule is locked, in words, with the figures of {@code campaign}'s progress. */
    public LocalizedText reason(Campaign campaign, CampaignProgress progress) {
        return switch (cause) {
            case NOMINATIONS_SUBMITTED -> refuses == Refuses.A_LOWER_VALUE
                    ? CampaignMessages.LOCK_QUOTA_NOMINATIONS_SUBMITTED.text(progress.nominationsSubmitted())
                    : CampaignMessages.LOCK_NOMINATIONS_SUBMITTED.text(progress.nominationsSubmitted());
            case SCORES_SUBMITTED -> CampaignMessages.LOCK_SCORES_SUBMITTED.text(progress.scoresSubmitted());
            case VOTING_OPENED -> CampaignMessages.LOCK_VOTING_OPENED.text(at(campaign, campaign.votingWindow().opensAt()));
            case VOTING_CLOSED -> CampaignMessages.LOCK_VOTING_CLOSED.text(at(campaign, campaign.votingWindow().closesAt()));
            case WINNERS_NAMED -> CampaignMessages.LOCK_WINNERS_NAMED.text(progress.winnersNamed());
        };
    }

    private static String at(Campaign campaign, Instant instant) {
        return MINUTE.format(instant.atZone(campaign.timeZone())) + " (" + campaign.timeZone().getId() + ")";
    }

    private static void add(List<RuleLock> locks, Cause cause, String... fields) {
        for (String field : fields) {
            if (locks.stream().noneMatch(lock -> lock.field().equals(field))) {
                locks.add(new RuleLock(field, cause, Refuses.ANY_CHANGE));
            }
        }
    }
}
