package org.gongjiang.campaign.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongjiang.platform.model.LocalizedText;

/**
 * How a campaign watches its public vote for bought votes (刷票), published with its rules: which token
 * claim tells an account's age or verification level, when an account counts as fresh, the rules that
 * raise alerts and their thresholds, how many votes one auditor may void alone before a second must
 * confirm (four eyes), and the escalation the campaign announces (warning, voiding, disqualification).
 * Alerts only ever inform a person: nothing is voided but by an auditor's audited action.
 */
public record IntegrityRules(
        Optional<String> accountClaim,
        int freshAccountDays,
        List<String> unverifiedLevels,
        int fourEyesAbove,
        Burst burst,
        NetworkConcentration network,
        FreshAccounts fresh,
        Lockstep lockstep,
        LocalizedText escalation) {

    /** The watch's windows: five minutes of votes, by the time they were cast. */
    public static final int WINDOW_MINUTES = 5;

    public static final IntegrityRules DEFAULTS = new IntegrityRules(Optional.empty(), 7, List.of("unverified"), 100,
            new Burst(true, 30, 4.0, 3), new NetworkConcentration(true, 20, 0.9), new FreshAccounts(true, 10, 0.2, 5.0),
            new Lockstep(true, 20, 3), CampaignMessages.INTEGRITY_ESCALATION_DEFAULT.text());

    public IntegrityRules {
        Objects.requireNonNull(accountClaim, "accountClaim");
        unverifiedLevels = List.copyOf(unverifiedLevels);
        Objects.requireNonNull(burst, "burst");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(fresh, "fresh");
        Objects.requireNonNull(lockstep, "lockstep");
        Objects.requireNonNull(escalation, "escalation");
    }

    /**
     * A burst: a candidate's votes in a window at least {@code minVotes} and {@code factor} times its
     * mean over the hour before; implicated are the votes from networks that gave it at least
     * {@code networkVotes} in the window (the burst's sources, not the candidate's usual voters), when
     * there are at least two such networks: a burst from one shared network is left to review.
     */
    public record Burst(boolean enabled, int minVotes, double factor, int networkVotes) {
    }

    /**
     * One network giving a candidate at least {@code minVotes} in a window, {@code share} or more of
     * all the network's votes then. Shared networks are normal (a factory voting for its own), so this
     * alert asks for a review and never implicates on its own.
     */
    public record NetworkConcentration(boolean enabled, int minVotes, double share) {
    }

    /**
     * Fresh or unverified accounts giving a candidate at least {@code minVotes} in the hour up to a
     * window's end, at least {@code share} of its votes then and {@code baselineFactor} times the share of
     * such accounts among the other candidates' votes in the hour before; implicates the window's fresh
     * votes for the candidate.
     */
    public record FreshAccounts(boolean enabled, int minVotes, double share, double baselineFactor) {
    }

    /** At least {@code minVoters} voters whose first {@code sequence} votes in a window name the same candidates in the same order. */
    public record Lockstep(boolean enabled, int minVoters, int sequence) {
    }

    /** Whether an account signal is a fresh or unverified account under these rules. */
    public boolean isFresh(Optional<Integer> accountAgeDays, Optional<String> verificationLevel) {
        return accountAgeDays.map(days -> days < freshAccountDays).orElse(false)
                || verificationLevel.map(unverifiedLevels::contains).orElse(false);
    }
}
