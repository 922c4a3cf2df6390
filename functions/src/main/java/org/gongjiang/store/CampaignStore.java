package org.gongjiang.store;

import java.util.List;
import java.util.Optional;
import org.gongjiang.domain.Campaign;

/** Campaign configurations. */
public interface CampaignStore {

    Optional<Campaign> find(String campaignId);

    /** Every campaign; there are a handful per deployment, so this reads them all. */
    List<Campaign> list();

    void save(Campaign campaign);
}
