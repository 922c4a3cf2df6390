package org.gongjiang.voting.application;

import java.util.Set;
import org.gongjiang.voting.model.VoterId;

/** The voters of a campaign an auditor suspended from voting. */
public interface SuspensionStore {

    /** Every suspended voter of the campaign, in one read. */
    Set<String> suspended(String campaignId);

    /** Suspends {@code voter}; false when the voter was suspended already. */
    boolean suspend(String campaignId, VoterId voter);

    /** Lifts the suspension; false when the voter was not suspended. */
    boolean lift(String campaignId, VoterId voter);
}
