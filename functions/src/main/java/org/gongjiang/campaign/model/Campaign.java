package org.gongjiang.campaign.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.TimeWindow;

/**
 * A craftsman-selection campaign and its rules: names, time zone, the nomination window and public
 * notice period, the public vote, categories with their eligibility, industries, tiers, the four review
 * criteria and their weights, how the ranking weighs experts against votes, the per-enterprise
 * nomination quota, the disclosure threshold of its open statistics, and how long personal data is
 * kept after it closes, and how its vote is watched for bought votes. {@code version} grows with every change.
 */
public record Campaign(
        String campaignId,
        LocalizedText name,
        ZoneId timeZone,
        TimeWindow nominationWindow,
        Duration publicNotice,
        TimeWindow votingWindow,
        VoteRules voteRules,
        List<Category> categories,
        List<Label> industries,
        List<Label> tiers,
        List<Criterion> criteria,
        RankingWeights ranking,
        int enterpriseQuota,
        int disclosureThreshold,
        int retentionDays,
        long version,
        IntegrityRules integrity) {

    public Campaign {
        Ids.requireCampaignId(campaignId);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(nominationWindow, "nominationWindow");
        Objects.requireNonNull(publicNotice, "publicNotice");
        Objects.requireNonNull(votingWindow, "votingWindow");
        Objects.requireNonNull(voteRules, "voteRules");
        Objects.requireNonNull(ranking, "ranking");
        categories = List.copyOf(categories);
        industries = List.copyOf(industries);
        tiers = List.copyOf(tiers);
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(integrity, "integrity");
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1");
        }
    }

    /** The calendar day in the campaign's time zone that a vote cast at {@code instant} counts for. */
    public LocalDate votingDay(Instant instant) {
        return LocalDate.ofInstant(instant, timeZone);
    }

    /** When the next voting day starts, after {@code instant}. */
    public Instant nextVotingDayStartsAt(Instant instant) {
        return votingDay(instant).plusDays(1).atStartOfDay(timeZone).toInstant();
    }

    /** PIPL Art. 47: personal data (voter hashes, nominations) is deleted this long after the vote closes. */
    public Instant personalDataExpiresAt() {
        return votingWindow.closesAt().plus(Duration.ofDays(retentionDays));
    }

    public Optional<Label> industry(String code) {
        return industries.stream().filter(label -> label.code().equals(code)).findFirst();
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(category -> category.code().equals(code)).findFirst();
    }

    public Optional<Label> tier(String code) {
        return tiers.stream().filter(label -> label.code().equals(code)).findFirst();
    }

    /** A campaign watched by the default integrity rules. */
    public Campaign(String campaignId, LocalizedText name, ZoneId timeZone, TimeWindow nominationWindow, Duration publicNotice,
                    TimeWindow votingWindow, VoteRules voteRules, List<Category> categories, List<Label> industries,
                    List<Label> tiers, List<Criterion> criteria, RankingWeights ranking, int enterpriseQuota,
                    int disclosureThreshold, int retentionDays, long version) {
        this(campaignId, name, timeZone, nominationWindow, publicNotice, votingWindow, voteRules, categories, industries, tiers,
                criteria, ranking, enterpriseQuota, disclosureThreshold, retentionDays, version, IntegrityRules.DEFAULTS);
    }

    public Campaign withVersion(long newVersion) {
        return new Campaign(campaignId, name, timeZone, nominationWindow, publicNotice, votingWindow, voteRules, categories,
                industries, tiers, criteria, ranking, enterpriseQuota, disclosureThreshold, retentionDays, newVersion, integrity);
    }
}
