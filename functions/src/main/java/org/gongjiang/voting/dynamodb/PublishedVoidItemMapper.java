package org.gongjiang.voting.dynamodb;

import static org.gongjiang.platform.dynamodb.Attributes.n;
import static org.gongjiang.platform.dynamodb.Attributes.number;
import static org.gongjiang.platform.dynamodb.Attributes.s;
import static org.gongjiang.platform.dynamodb.Attributes.string;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.voting.model.PublishedVoid;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A published void in CountersTable: in the campaign's counter partition, sort key {@code void#<voidId>}. */
public final class PublishedVoidItemMapper {

    public static final String SORT_PREFIX = "void#";

    private PublishedVoidItemMapper() {
    }

    static Map<String, AttributeValue> toItem(String campaignId, PublishedVoid published) {
        Map<String, AttributeValue> item = new HashMap<>(CounterItems.key(VoteCounterKeys.campaignPartition(campaignId),
                SORT_PREFIX + published.voidId()));
        item.put("voidId", s(published.voidId()));
        item.put("candidateId", s(published.candidateId()));
        item.put("castFrom", s(published.castFrom().toString()));
        item.put("castTo", s(published.castTo().toString()));
        item.put("voidedAt", s(published.voidedAt().toString()));
        item.put("votesVoided", n(published.votesVoided()));
        item.put("rule", s(published.rule()));
        item.put("reason", s(published.reason()));
        item.put("restored", AttributeValue.fromBool(published.restored()));
        item.put("votesRestored", n(published.votesRestored()));
        return item;
    }

    public static PublishedVoid fromItem(Map<String, AttributeValue> item) {
        return new PublishedVoid(string(item, "voidId"), string(item, "candidateId"), Instant.parse(string(item, "castFrom")),
                Instant.parse(string(item, "castTo")), Instant.parse(string(item, "voidedAt")), (int) number(item, "votesVoided"),
                string(item, "rule"), string(item, "reason"), item.get("restored") != null && Boolean.TRUE.equals(item.get("restored").bool()),
                (int) number(item, "votesRestored"));
    }
}
