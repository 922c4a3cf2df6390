package org.gongjiang.review.dynamodb;

import static org.gongjiang.platform.dynamodb.Attributes.n;
import static org.gongjiang.platform.dynamodb.Attributes.number;
import static org.gongjiang.platform.dynamodb.Attributes.s;
import static org.gongjiang.platform.dynamodb.Attributes.string;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.gongjiang.nomination.dynamodb.NominationItemMapper;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.review.model.Objection;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Objection items of NominationsTable, and the marker of a user's open objection. */
final class ObjectionItemMapper {

    static final String OBJECTION_ID = "objectionId";
    static final String STATUS = "status";

    private ObjectionItemMapper() {
    }

    static Map<String, AttributeValue> toItem(Objection objection) {
        Map<String, AttributeValue> item = new HashMap<>(ObjectionKeys.objection(objection.campaignId(), objection.nominationId(),
                objection.objectionId()));
        item.put(OBJECTION_ID, s(objection.objectionId()));
        item.put("objectorHash", s(objection.objectorHash()));
        item.put("text", s(objection.text()));
        item.put(STATUS, s(objection.status().name()));
        item.put("filedAt", s(objection.filedAt().toString()));
        objection.resolution().ifPresent(value -> item.put("resolution", s(value)));
        objection.resolvedBy().ifPresent(value -> item.put("resolvedBy", s(value)));
        objection.resolvedAt().ifPresent(value -> item.put("resolvedAt", s(value.toString())));
        item.put(NominationItemMapper.EXPIRES_AT, n(objection.expiresAt().getEpochSecond()));
        return item;
    }

    static Objection fromItem(String campaignId, String nominationId, Map<String, AttributeValue> item) {
        return new Objection(campaignId, nominationId, string(item, OBJECTION_ID), string(item, "objectorHash"),
                string(item, "text"), Objection.Status.valueOf(string(item, STATUS)), Instant.parse(string(item, "filedAt")),
                Attributes.optionalString(item, "resolution"), Attributes.optionalString(item, "resolvedBy"),
                Attributes.optionalString(item, "resolvedAt").map(Instant::parse),
                Instant.ofEpochSecond(number(item, NominationItemMapper.EXPIRES_AT)));
    }

    /** The marker of the objector's open objection; it expires with the objection. */
    static Map<String, AttributeValue> openMarker(Objection objection) {
        Map<String, AttributeValue> marker = new HashMap<>(ObjectionKeys.objector(objection.campaignId(),
                objection.nominationId(), objection.objectorHash()));
        marker.put(OBJECTION_ID, AttributeValue.fromS(objection.objectionId()));
        marker.put(NominationItemMapper.EXPIRES_AT, n(objection.expiresAt().getEpochSecond()));
        return marker;
    }
}
