package org.gongjiang.campaign.application;

import java.util.List;
import java.util.Optional;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignProgress;

/** Campaign configurations, with how far each campaign's process has gone. */
public interface CampaignStore {

    Optional<Campaign> find(String campaignId);

    /** Every campaign; there are a handful per deployment, so this reads them all. */
    List<Campaign> list();

    /** A campaign with its progress counters, read consistently (for changing its rules). */
    Optional<Stored> findStored(String campaignId);

    /** Creates the campaign; false, writing nothing, if one with its id exists. */
    boolean create(Campaign campaign);

    /**
     * Replaces the campaign's rules if it is still at {@code expectedVersion} and its progress is still
     * {@code seen}; false, writing nothing, otherwise. Progress counters are kept.
     */
    boolean replace(Campaign campaign, long expectedVersion, CampaignProgress seen);

    record Stored(Campaign campaign, CampaignProgress progress) {
    }
}
