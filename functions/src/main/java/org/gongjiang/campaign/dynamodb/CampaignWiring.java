package org.gongjiang.campaign.dynamodb;

import org.gongjiang.campaign.application.CampaignAdministration;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.platform.aws.Wiring;

/** The campaign capability's real collaborators, built from the function's environment. */
public final class CampaignWiring {

    private CampaignWiring() {
    }

    public static DynamoCampaignStore campaignStore() {
        return new DynamoCampaignStore(Wiring.dynamo(), Wiring.table(Wiring.CAMPAIGNS_TABLE));
    }

    /** Campaigns through the per-container cache every capability reads them by. */
    public static CampaignDirectory campaigns() {
        return new CampaignDirectory(campaignStore(), Wiring.clock(), Wiring.directoryCache());
    }

    public static CampaignAdministration administration() {
        return new CampaignAdministration(campaignStore(), Wiring.clock());
    }
}
