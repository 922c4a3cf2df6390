package org.gongjiang.campaign.dynamodb;

import static org.gongjiang.platform.dynamodb.Attributes.listOfMaps;
import static org.gongjiang.platform.dynamodb.Attributes.n;
import static org.gongjiang.platform.dynamodb.Attributes.number;
import static org.gongjiang.platform.dynamodb.Attributes.s;
import static org.gongjiang.platform.dynamodb.Attributes.string;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignProgress;
import org.gongjiang.campaign.model.Category;
import org.gongjiang.campaign.model.Criterion;
import org.gongjiang.campaign.model.IntegrityRules;
import org.gongjiang.campaign.model.Label;
import org.gongjiang.campaign.model.RankingWeights;
import org.gongjiang.campaign.model.VoteRules;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.TimeWindow;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Campaign <-> CampaignsTable item. */
public final class CampaignItemMapper {

    public static final String VERSION = "version";
    /** Progress counters, kept on the campaign item so a rule change can be conditioned on them. */
    public static final String NOMINATIONS_SUBMITTED = "nominationsSubmitted";
    public static final String SCORES_SUBMITTED = "scoresSubmitted";
    public static final String WINNERS_NAMED = "winnersNamed";

    private CampaignItemMapper() {
    }

    public static Map<String, AttributeValue> toItem(Campaign campaign) {
        Map<String, AttributeValue> item = new HashMap<>(CampaignKeys.key(campaign.campaignId()));
        item.put("nameZh", s(campaign.name().zh()));
        item.put("nameEn", s(campaign.name().en()));
        item.put("timeZone", s(campaign.timeZone().getId()));
        item.put("nominationOpensAt", s(campaign.nominationWindow().opensAt().toString()));
        item.put("nominationClosesAt", s(campaign.nominationWindow().closesAt().toString()));
        item.put("publicNotice", s(campaign.publicNotice().toString()));
        item.put("votingOpensAt", s(campaign.votingWindow().opensAt().toString()));
        item.put("votingClosesAt", s(campaign.votingWindow().closesAt().toString()));
        item.put("perVoterPerDay", n(campaign.voteRules().perVoterPerDay()));
        item.put("perCandidatePerDay", n(campaign.voteRules().perCandidatePerDay()));
        item.put("categories", AttributeValue.fromL(campaign.categories().stream().map(CampaignItemMapper::category).toList()));
        item.put("industries", labels(campaign.industries()));
        item.put("tiers", labels(campaign.tiers()));
        item.put("criteria", AttributeValue.fromL(campaign.criteria().stream().map(criterion -> AttributeValue.fromM(Map.of(
                "code", s(criterion.code()), "zh", s(criterion.name().zh()), "en", s(criterion.name().en()),
                "weight", AttributeValue.fromN(Double.toString(criterion.weight()))))).toList()));
        item.put("expertWeight", AttributeValue.fromN(Double.toString(campaign.ranking().expertWeight())));
        item.put("voteWeight", AttributeValue.fromN(Double.toString(campaign.ranking().voteWeight())));
        item.put("enterpriseQuota", n(campaign.enterpriseQuota()));
        item.put("disclosureThreshold", n(campaign.disclosureThreshold()));
        item.put("retentionDays", n(campaign.retentionDays()));
        item.put("integrity", integrity(campaign.integrity()));
        item.put(VERSION, n(campaign.version()));
        return item;
    }

    public static Campaign fromItem(Map<String, AttributeValue> item) {
        return new Campaign(
                string(item, CampaignKeys.PARTITION_KEY),
                LocalizedText.of(string(item, "nameZh"), string(item, "nameEn")),
                ZoneId.of(string(item, "timeZone")),
                new TimeWindow(Instant.parse(string(item, "nominationOpensAt")), Instant.parse(string(item, "nominationClosesAt"))),
                Duration.parse(string(item, "publicNotice")),
                new TimeWindow(Instant.parse(string(item, "votingOpensAt")), Instant.parse(string(item, "votingClosesAt"))),
                new VoteRules((int) number(item, "perVoterPerDay"), (int) number(item, "perCandidatePerDay")),
                listOfMaps(item, "categories").stream().map(CampaignItemMapper::category).toList(),
                labels(item, "industries"),
                labels(item, "tiers"),
                listOfMaps(item, "criteria").stream().map(m -> new Criterion(string(m, "code"),
                        LocalizedText.of(string(m, "zh"), string(m, "en")), Double.parseDouble(m.get("weight").n()))).toList(),
                new RankingWeights(Double.parseDouble(item.get("expertWeight").n()), Double.parseDouble(item.get("voteWeight").n())),
                (int) number(item, "enterpriseQuota"),
                (int) number(item, "disclosureThreshold"),
                (int) number(item, "retentionDays"),
                number(item, VERSION),
                // campaigns saved before the integrity rules existed are watched by the defaults
                item.containsKey("integrity") ? integrity(item.get("integrity").m()) : IntegrityRules.DEFAULTS);
    }

    private static AttributeValue integrity(IntegrityRules rules) {
        Map<String, AttributeValue> m = new HashMap<>();
        rules.accountClaim().ifPresent(claim -> m.put("accountClaim", s(claim)));
        m.put("freshAccountDays", n(rules.freshAccountDays()));
        m.put("unverifiedLevels", AttributeValue.fromL(rules.unverifiedLevels().stream().map(Attributes::s).toList()));
        m.put("fourEyesAbove", n(rules.fourEyesAbove()));
        m.put("burst", AttributeValue.fromM(Map.of("enabled", AttributeValue.fromBool(rules.burst().enabled()),
                "minVotes", n(rules.burst().minVotes()), "factor", d(rules.burst().factor()),
                "networkVotes", n(rules.burst().networkVotes()))));
        m.put("networkConcentration", AttributeValue.fromM(Map.of("enabled", AttributeValue.fromBool(rules.network().enabled()),
                "minVotes", n(rules.network().minVotes()), "share", d(rules.network().share()))));
        m.put("freshAccounts", AttributeValue.fromM(Map.of("enabled", AttributeValue.fromBool(rules.fresh().enabled()),
                "minVotes", n(rules.fresh().minVotes()), "share", d(rules.fresh().share()),
                "baselineFactor", d(rules.fresh().baselineFactor()))));
        m.put("lockstep", AttributeValue.fromM(Map.of("enabled", AttributeValue.fromBool(rules.lockstep().enabled()),
                "minVoters", n(rules.lockstep().minVoters()), "sequence", n(rules.lockstep().sequence()))));
        m.put("escalationZh", s(rules.escalation().zh()));
        m.put("escalationEn", s(rules.escalation().en()));
        return AttributeValue.fromM(m);
    }

    private static IntegrityRules integrity(Map<String, AttributeValue> m) {
        Map<String, AttributeValue> burst = m.get("burst").m();
        Map<String, AttributeValue> network = m.get("networkConcentration").m();
        Map<String, AttributeValue> fresh = m.get("freshAccounts").m();
        Map<String, AttributeValue> lockstep = m.get("lockstep").m();
        return new IntegrityRules(
                java.util.Optional.ofNullable(m.get("accountClaim")).map(AttributeValue::s),
                (int) number(m, "freshAccountDays"),
                m.get("unverifiedLevels").l().stream().map(AttributeValue::s).toList(),
                (int) number(m, "fourEyesAbove"),
                new IntegrityRules.Burst(burst.get("enabled").bool(), (int) number(burst, "minVotes"),
                        decimal(burst, "factor"), (int) number(burst, "networkVotes")),
                new IntegrityRules.NetworkConcentration(network.get("enabled").bool(), (int) number(network, "minVotes"),
                        decimal(network, "share")),
                new IntegrityRules.FreshAccounts(fresh.get("enabled").bool(), (int) number(fresh, "minVotes"),
                        decimal(fresh, "share"), decimal(fresh, "baselineFactor")),
                new IntegrityRules.Lockstep(lockstep.get("enabled").bool(), (int) number(lockstep, "minVoters"),
                        (int) number(lockstep, "sequence")),
                LocalizedText.of(string(m, "escalationZh"), string(m, "escalationEn")));
    }

    private static AttributeValue d(double value) {
        return AttributeValue.fromN(Double.toString(value));
    }

    private static double decimal(Map<String, AttributeValue> m, String name) {
        return Double.parseDouble(m.get(name).n());
    }

    public static CampaignProgress progress(Map<String, AttributeValue> item) {
        return new CampaignProgress(Attributes.numberOrZero(item, NOMINATIONS_SUBMITTED),
                Attributes.numberOrZero(item, SCORES_SUBMITTED), Attributes.numberOrZero(item, WINNERS_NAMED));
    }

    public static Map<String, Long> progressAttributes(CampaignProgress progress) {
        return Map.of(NOMINATIONS_SUBMITTED, progress.nominationsSubmitted(),
                SCORES_SUBMITTED, progress.scoresSubmitted(), WINNERS_NAMED, progress.winnersNamed());
    }

    private static AttributeValue category(Category category) {
        Category.Eligibility eligibility = category.eligibility();
        return AttributeValue.fromM(Map.of(
                "code", s(category.code()), "zh", s(category.name().zh()), "en", s(category.name().en()),
                "minYearsInTrade", n(eligibility.minYearsInTrade()), "minAge", n(eligibility.minAge()),
                "maxAge", n(eligibility.maxAge()),
                "foreignPermanentResident", AttributeValue.fromBool(eligibility.foreignPermanentResident()),
                "vocationalStudent", AttributeValue.fromBool(eligibility.vocationalStudent())));
    }

    private static Category category(Map<String, AttributeValue> m) {
        return new Category(string(m, "code"), LocalizedText.of(string(m, "zh"), string(m, "en")),
                new Category.Eligibility((int) number(m, "minYearsInTrade"), (int) number(m, "minAge"), (int) number(m, "maxAge"),
                        m.get("foreignPermanentResident").bool(), m.get("vocationalStudent").bool()));
    }

    private static AttributeValue labels(List<Label> labels) {
        return AttributeValue.fromL(labels.stream()
                .map(label -> AttributeValue.fromM(Map.of(
                        "code", s(label.code()),
                        "zh", s(label.name().zh()),
                        "en", s(label.name().en()))))
                .toList());
    }

    private static List<Label> labels(Map<String, AttributeValue> item, String name) {
        return listOfMaps(item, name).stream()
                .map(m -> Label.of(string(m, "code"), string(m, "zh"), string(m, "en")))
                .toList();
    }
}
