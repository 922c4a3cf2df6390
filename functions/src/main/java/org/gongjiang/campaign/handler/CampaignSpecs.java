package org.gongjiang.campaign.handler;

import java.util.stream.Stream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongjiang.campaign.model.CampaignMessages;
import org.gongjiang.campaign.model.CampaignSpec;
import org.gongjiang.campaign.model.IntegrityRules;
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
                root.integer("retentionDays", false, 1, 3650).orElse(null),
                integrity(root));
    }

    private static final java.util.regex.Pattern CLAIM = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_:.-]{0,63}");

    /** The integrity rules, each absent member (or the whole object) taking its default. */
    private static IntegrityRules integrity(JsonFields root) {
        IntegrityRules defaults = IntegrityRules.DEFAULTS;
        Optional<JsonFields> member = root.object("integrity", false, "accountClaim", "freshAccountDays", "unverifiedLevels",
                "fourEyesAbove", "burst", "networkConcentration", "freshAccounts", "lockstep", "escalation");
        if (member.isEmpty()) {
            return null;
        }
        JsonFields integrity = member.get();
        Optional<String> claim = integrity.string("accountClaim", false, 64);
        if (claim.isPresent() && !CLAIM.matcher(claim.get()).matches()) {
            integrity.error("accountClaim", "claim", CampaignMessages.INTEGRITY_ACCOUNT_CLAIM.text(integrity.pointer("accountClaim")));
        }
        Optional<JsonFields> burst = integrity.object("burst", false, "enabled", "minVotes", "factor", "networkVotes");
        Optional<JsonFields> network = integrity.object("networkConcentration", false, "enabled", "minVotes", "share");
        Optional<JsonFields> fresh = integrity.object("freshAccounts", false, "enabled", "minVotes", "share", "baselineFactor");
        Optional<JsonFields> lockstep = integrity.object("lockstep", false, "enabled", "minVoters", "sequence");
        LocalizedText escalation = text(integrity, "escalation", false);
        return new IntegrityRules(
                claim,
                integrity.integer("freshAccountDays", false, 1, 3650).orElse(defaults.freshAccountDays()),
                integrity.strings("unverifiedLevels", false, 10, 16).orElse(defaults.unverifiedLevels()),
                integrity.integer("fourEyesAbove", false, 0, 1_000_000).orElse(defaults.fourEyesAbove()),
                new IntegrityRules.Burst(
                        burst.flatMap(b -> b.bool("enabled", false)).orElse(defaults.burst().enabled()),
                        burst.flatMap(b -> b.integer("minVotes", false, 1, 1_000_000)).orElse(defaults.burst().minVotes()),
                        burst.flatMap(b -> b.number("factor", false, 1, 1000)).orElse(defaults.burst().factor()),
                        burst.flatMap(b -> b.integer("networkVotes", false, 1, 10_000)).orElse(defaults.burst().networkVotes())),
                new IntegrityRules.NetworkConcentration(
                        network.flatMap(n -> n.bool("enabled", false)).orElse(defaults.network().enabled()),
                        network.flatMap(n -> n.integer("minVotes", false, 1, 1_000_000)).orElse(defaults.network().minVotes()),
                        network.flatMap(n -> n.number("share", false, 0.01, 1)).orElse(defaults.network().share())),
                new IntegrityRules.FreshAccounts(
                        fresh.flatMap(f -> f.bool("enabled", false)).orElse(defaults.fresh().enabled()),
                        fresh.flatMap(f -> f.integer("minVotes", false, 1, 1_000_000)).orElse(defaults.fresh().minVotes()),
                        fresh.flatMap(f -> f.number("share", false, 0.01, 1)).orElse(defaults.fresh().share()),
                        fresh.flatMap(f -> f.number("baselineFactor", false, 1, 1000)).orElse(defaults.fresh().baselineFactor())),
                new IntegrityRules.Lockstep(
                        lockstep.flatMap(l -> l.bool("enabled", false)).orElse(defaults.lockstep().enabled()),
                        lockstep.flatMap(l -> l.integer("minVoters", false, 2, 1_000_000)).orElse(defaults.lockstep().minVoters()),
                        lockstep.flatMap(l -> l.integer("sequence", false, 2, VoteRules.MAX_PER_VOTER_PER_DAY)).orElse(defaults.lockstep().sequence())),
                escalation == null ? defaults.escalation() : escalation);
    }

    static final String[] MEMBERS = {"name", "timeZone", "nominationWindow", "publicNotice", "votingWindow", "voteRules",
            "categories", "industries", "tiers", "criteria", "ranking", "enterpriseQuota", "disclosureThreshold",
            "retentionDays", "integrity"};

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
