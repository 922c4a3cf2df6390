package org.gongjiang.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A craftsman-selection campaign as the public sees it: its names, time zone, vote and lists. */
public record Campaign(
        String campaignId,
        LocalizedText name,
        ZoneId timeZone,
        VotingWindow votingWindow,
        VoteRules voteRules,
        List<Label> categories,
        List<Label> industries,
        int retentionDays) {

    public Campaign {
        Ids.requireCampaignId(campaignId);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(votingWindow, "votingWindow");
        Objects.requireNonNull(voteRules, "voteRules");
        categories = List.copyOf(categories);
        industries = List.copyOf(industries);
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

    /** PIPL Art. 47: voter data (keyed hashes) is deleted this long after the vote closes. */
    public Instant personalDataExpiresAt() {
        return votingWindow.closesAt().plus(Duration.ofDays(retentionDays));
    }

    public Optional<Label> industry(String code) {
        return industries.stream().filter(label -> label.code().equals(code)).findFirst();
    }

    public Optional<Label> category(String code) {
        return categories.stream().filter(label -> label.code().equals(code)).findFirst();
    }
}
