package org.gongjiang.store.dynamodb;

import static org.gongjiang.store.dynamodb.Attributes.listOfMaps;
import static org.gongjiang.store.dynamodb.Attributes.n;
import static org.gongjiang.store.dynamodb.Attributes.number;
import static org.gongjiang.store.dynamodb.Attributes.s;
import static org.gongjiang.store.dynamodb.Attributes.string;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.domain.Campaign;
import org.gongjiang.domain.Label;
import org.gongjiang.domain.LocalizedText;
import org.gongjiang.domain.VoteRules;
import org.gongjiang.domain.VotingWindow;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Campaign <-> CampaignsTable item. */
final class CampaignItemMapper {

    private CampaignItemMapper() {
    }

    static Map<String, AttributeValue> toItem(Campaign campaign) {
        Map<String, AttributeValue> item = new HashMap<>(CampaignKeys.key(campaign.campaignId()));
        item.put("nameZh", s(campaign.name().zh()));
        item.put("nameEn", s(campaign.name().en()));
        item.put("timeZone", s(campaign.timeZone().getId()));
        item.put("votingOpensAt", s(campaign.votingWindow().opensAt().toString()));
        item.put("votingClosesAt", s(campaign.votingWindow().closesAt().toString()));
        item.put("perVoterPerDay", n(campaign.voteRules().perVoterPerDay()));
        item.put("perCandidatePerDay", n(campaign.voteRules().perCandidatePerDay()));
        item.put("categories", labels(campaign.categories()));
        item.put("industries", labels(campaign.industries()));
        item.put("retentionDays", n(campaign.retentionDays()));
        return item;
    }

    static Campaign fromItem(Map<String, AttributeValue> item) {
        return new Campaign(
                string(item, CampaignKeys.PARTITION_KEY),
                LocalizedText.of(string(item, "nameZh"), string(item, "nameEn")),
                ZoneId.of(string(item, "timeZone")),
                new VotingWindow(Instant.parse(string(item, "votingOpensAt")), Instant.parse(string(item, "votingClosesAt"))),
                new VoteRules((int) number(item, "perVoterPerDay"), (int) number(item, "perCandidatePerDay")),
                labels(item, "categories"),
                labels(item, "industries"),
                (int) number(item, "retentionDays"));
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
