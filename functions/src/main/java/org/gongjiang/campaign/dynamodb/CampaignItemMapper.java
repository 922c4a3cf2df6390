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
                number(item, VERSION));
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
