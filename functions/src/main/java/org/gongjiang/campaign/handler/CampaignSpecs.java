package org.gongjiang.campaign.handler;

import java.util.stream.Stream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongjiang.campaign.model.CampaignSpec;
import org.gongjiang.campaign.model.VoteRules;
import org.gongjiang.platform.handler.JsonFields;
import org.gongjiang.platform.model.LocalizedText;

/** Reads a campaign configuration (POST and PUT /v1/admin/campaigns) from JSON. */
final class CampaignSpecs {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private CampaignSpecs() {
    }

    /** The configuration members; {@code withId} allows a campaignId member (creation). */
    static CampaignSpec read(JsonFields root) {
        CampaignSpec.WindowSpec nominations = window(root, "nominationWindow");
        CampaignSpec.WindowSpec voting = window(root, "votingWindow");
        Optional<JsonFields> rules = root.object("voteRules", true, "perVoterPerDay", "perCandidatePerDay");
        Integer perVoter = rules.flatMap(r -> r.integer("perVoterPerDay", true, 1, VoteRules.MAX_PER_VOTER_PER_DAY)).orElse(null);
        Integer perCandidate = rules.flatMap(r -> r.integer("perCandidatePerDay", false, Integer.MIN_VALUE, Integer.MAX_VALUE)).orElse(null);
        List<CampaignSpec.CategorySpec> categories = root.objects("categories", true, 1, 20, CampaignSpecs::category,
                "code", "name", "eligibility").orElse(null);
        List<CampaignSpec.LabelSpec> industries = labels(root, "industries", 1, 50);
        List<CampaignSpec.LabelSpec> tiers = labels(root, "tiers", 1, 10);
        List<CampaignSpec.CriterionSpec> criteria = root.objects("criteria", true, 1, 10, item -> new CampaignSpec.CriterionSpec(
                        item.string("code", true, 40).orElse(null),
                        text(item, "name", false),
                        item.number("weight", true, 0.000001, 1).orElse(null)), "code", "name", "weight")
                .orElse(null);
        Optional<JsonFields> ranking = root.object("ranking", true, "expertWeight", "voteWeight");
        return new CampaignSpec(
                text(root, "name", true),
                root.string("timeZone", true, 64).orElse(null),
                nominations,
                root.string("publicNotice", false, 32).orElse(null),
                voting,
                perVoter,
                perCandidate,
                categories,
                industries,
                tiers,
                criteria,
                ranking.flatMap(r -> r.number("expertWeight", true, 0, 1)).orElse(null),
                ranking.flatMap(r -> r.number("voteWeight", true, 0, 1)).orElse(null),
                root.integer("enterpriseQuota", true, 1, 1000).orElse(null),
                root.integer("disclosureThreshold", false, 1, 100).orElse(null),
                root.integer("retentionDays", false, 1, 3650).orElse(null));
    }

    static final String[] MEMBERS = {"name", "timeZone", "nominationWindow", "publicNotice", "votingWindow", "voteRules",
            "categories", "industries", "tiers", "criteria", "ranking", "enterpriseQuota", "disclosureThreshold",
            "retentionDays"};

    /** The members of a configuration and {@code more} (the id, a version), as a request body may hold them. */
    static String[] membersAnd(String... more) {
        return Stream.concat(Stream.of(more), Arrays.stream(MEMBERS)).toArray(String[]::new);
    }

    private static CampaignSpec.WindowSpec window(JsonFields root, String name) {
        return root.object(name, true, "opensAt", "closesAt")
                .map(w -> new CampaignSpec.WindowSpec(w.string("opensAt", true, 40).orElse(null), w.string("closesAt", true, 40).orElse(null)))
                .orElse(null);
    }

    private static CampaignSpec.CategorySpec category(JsonFields item) {
        Optional<JsonFields> eligibility = item.object("eligibility", false, "minYearsInTrade", "minAge", "maxAge",
                "foreignPermanentResident", "vocationalStudent");
        return new CampaignSpec.CategorySpec(
                item.string("code", true, 40).orElse(null),
                text(item, "name", true),
                eligibility.flatMap(e -> e.integer("minYearsInTrade", false, 0, 80)).orElse(null),
                eligibility.flatMap(e -> e.integer("minAge", false, 14, 120)).orElse(null),
                eligibility.flatMap(e -> e.integer("maxAge", false, 14, 120)).orElse(null),
                eligibility.flatMap(e -> e.bool("foreignPermanentResident", false)).orElse(null),
                eligibility.flatMap(e -> e.bool("vocationalStudent", false)).orElse(null));
    }

    private static List<CampaignSpec.LabelSpec> labels(JsonFields root, String name, int min, int max) {
        return root.objects(name, true, min, max, item -> new CampaignSpec.LabelSpec(
                        item.string("code", true, 40).orElse(null), text(item, "name", true)), "code", "name")
                .orElse(null);
    }

    /** A {"zh": ..., "en": ...} member. */
    static LocalizedText text(JsonFields parent, String name, boolean required) {
        Optional<JsonFields> text = parent.object(name, required, "zh", "en");
        Optional<String> zh = text.flatMap(t -> t.string("zh", true, 200));
        Optional<String> en = text.flatMap(t -> t.string("en", true, 200));
        return zh.isPresent() && en.isPresent() ? LocalizedText.of(zh.get(), en.get()) : null;
    }
}
