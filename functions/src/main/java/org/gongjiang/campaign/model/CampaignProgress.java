package org.gongjiang.campaign.model;

/** How far a campaign's process has gone: what is already bound by its rules. */
public record CampaignProgress(long nominationsSubmitted, long scoresSubmitted, long winnersNamed) {

    public static final CampaignProgress NONE = new CampaignProgress(0, 0, 0);
}
