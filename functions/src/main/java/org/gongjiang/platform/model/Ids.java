package org.gongjiang.platform.model;

import java.util.regex.Pattern;

/** The shapes of the identifiers that appear in URLs and bodies. */
public final class Ids {

    private static final Pattern CAMPAIGN_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])");
    private static final Pattern CANDIDATE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private Ids() {
    }

    public static boolean isCampaignId(String value) {
        return value != null && CAMPAIGN_ID.matcher(value).matches();
    }

    public static boolean isCandidateId(String value) {
        return value != null && CANDIDATE_ID.matcher(value).matches();
    }

    public static void requireCampaignId(String value) {
        if (!isCampaignId(value)) {
            throw new IllegalArgumentException("not a campaign id: " + value);
        }
    }

    public static void requireCandidateId(String value) {
        if (!isCandidateId(value)) {
            throw new IllegalArgumentException("not a candidate id: " + value);
        }
    }
}
