package org.gongjiang.voting.dynamodb;

import static org.gongjiang.platform.dynamodb.Attributes.optionalString;
import static org.gongjiang.platform.dynamodb.Attributes.s;
import static org.gongjiang.platform.dynamodb.Attributes.string;

import java.util.HashMap;
import java.util.Map;
import org.gongjiang.voting.model.Candidate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Candidate <-> CandidatesTable item. */
public final class CandidateItemMapper {

    private CandidateItemMapper() {
    }

    /** The key of a candidate's item (a finalist taken off the ballot is deleted by it). */
    public static Map<String, AttributeValue> key(String campaignId, String candidateId) {
        return CandidateKeys.key(campaignId, candidateId);
    }

    public static Map<String, AttributeValue> toItem(Candidate candidate) {
        Map<String, AttributeValue> item = new HashMap<>(CandidateKeys.key(candidate.campaignId(), candidate.candidateId()));
        item.put("name", s(candidate.name()));
        item.put("enterprise", s(candidate.enterprise()));
        item.put("industry", s(candidate.industry()));
        item.put("region", s(candidate.region()));
        item.put("regionName", s(candidate.regionName()));
        item.put("category", s(candidate.category()));
        item.put("trade", s(candidate.trade()));
        item.put("citation", s(candidate.citation()));
        candidate.tier().ifPresent(tier -> item.put("tier", s(tier)));
        if (candidate.photo()) {
            item.put("photo", AttributeValue.fromBool(true));
        }
        return item;
    }

    public static Candidate fromItem(Map<String, AttributeValue> item) {
        return new Candidate(
                string(item, CandidateKeys.PARTITION_KEY),
                string(item, CandidateKeys.SORT_KEY),
                string(item, "name"),
                string(item, "enterprise"),
                string(item, "industry"),
                string(item, "region"),
                string(item, "regionName"),
                string(item, "category"),
                // finalists published before the ballot held trade and citation have neither
                optionalString(item, "trade").orElse(""),
                optionalString(item, "citation").orElse(""),
                optionalString(item, "tier"),
                item.containsKey("photo") && Boolean.TRUE.equals(item.get("photo").bool()));
    }
}
