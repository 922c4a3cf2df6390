package org.gongjiang.nomination.dynamodb;

import static org.gongjiang.platform.dynamodb.Attributes.n;
import static org.gongjiang.platform.dynamodb.Attributes.number;
import static org.gongjiang.platform.dynamodb.Attributes.s;
import static org.gongjiang.platform.dynamodb.Attributes.string;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.nomination.application.NominationStore.IdempotencyRecord;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.Enterprise;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.nomination.model.Nominee;
import org.gongjiang.nomination.model.Sex;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.model.TimeWindow;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items of NominationsTable: nominations, audit entries, idempotency records, expert scores (objections: the review's mapper). */
public final class NominationItemMapper {

    public static final String VERSION = "version";
    public static final String EXPIRES_AT = "expiresAt";

    private NominationItemMapper() {
    }

    public static Map<String, AttributeValue> toItem(Nomination nomination) {
        Map<String, AttributeValue> item = new HashMap<>(NominationKeys.nomination(nomination.campaignId(), nomination.nominationId()));
        item.put(NominationKeys.STATUS_KEY, s(NominationKeys.statusKey(nomination.campaignId(), nomination.status())));
        item.put(NominationKeys.NOMINATION_ID, s(nomination.nominationId()));
        item.put("campaignId", s(nomination.campaignId()));
        item.put("status", s(nomination.status().name()));
        item.put("category", s(nomination.category()));
        Nominee nominee = nomination.nominee();
        Map<String, AttributeValue> person = new HashMap<>();
        person.put("name", s(nominee.name()));
        person.put("sex", s(nominee.sex().name()));
        person.put("birthYear", n(nominee.birthYear()));
        person.put("idHash", s(nominee.idHash()));
        person.put("idMasked", s(nominee.idMasked()));
        person.put("foreignPermanentResident", AttributeValue.fromBool(nominee.foreignPermanentResident()));
        person.put("trade", s(nominee.trade()));
        person.put("industry", s(nominee.industry()));
        person.put("region", s(nominee.region()));
        person.put("yearsInTrade", n(nominee.yearsInTrade()));
        person.put("frontLine", AttributeValue.fromBool(nominee.frontLine()));
        person.put("patents", n(nominee.patents()));
        person.put("awards", AttributeValue.fromL(nominee.awards().stream().map(AttributeValue::fromS).toList()));
        person.put("citation", s(nominee.citation()));
        person.put("mobile", s(nominee.mobile()));
        person.put("vocationalStudent", AttributeValue.fromBool(nominee.vocationalStudent()));
        item.put("nominee", AttributeValue.fromM(person));
        Enterprise enterprise = nomination.enterprise();
        item.put("enterprise", AttributeValue.fromM(Map.of(
                "name", s(enterprise.name()), "creditCode", s(enterprise.creditCode()),
                "contactName", s(enterprise.contactName()), "contactMobile", s(enterprise.contactMobile()))));
        item.put("publishProfile", AttributeValue.fromBool(nomination.publishProfile()));
        item.put("submittedBy", s(nomination.submittedBy()));
        item.put("submittedAt", s(nomination.submittedAt().toString()));
        item.put("updatedAt", s(nomination.updatedAt().toString()));
        item.put(VERSION, n(nomination.version()));
        nomination.proposedTier().ifPresent(tier -> item.put("proposedTier", s(tier)));
        nomination.tier().ifPresent(tier -> item.put("tier", s(tier)));
        if (!nomination.experts().isEmpty()) {
            item.put("experts", AttributeValue.fromL(nomination.experts().stream().map(AttributeValue::fromS).toList()));
        }
        item.put("scoresReceived", n(nomination.scoresReceived()));
        nomination.expertScore().ifPresent(score -> item.put("expertScore", AttributeValue.fromN(Double.toString(score))));
        nomination.notice().ifPresent(window -> {
            item.put("noticeOpensAt", s(window.opensAt().toString()));
            item.put("noticeClosesAt", s(window.closesAt().toString()));
        });
        nomination.reason().ifPresent(reason -> item.put("reason", s(reason)));
        item.put(EXPIRES_AT, n(nomination.expiresAt().getEpochSecond()));
        return item;
    }

    public static Nomination fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> person = item.get("nominee").m();
        Map<String, AttributeValue> enterprise = item.get("enterprise").m();
        Nominee nominee = new Nominee(string(person, "name"), Sex.valueOf(string(person, "sex")), (int) number(person, "birthYear"),
                string(person, "idHash"), string(person, "idMasked"), person.get("foreignPermanentResident").bool(),
                string(person, "trade"), string(person, "industry"), string(person, "region"),
                (int) number(person, "yearsInTrade"), person.get("frontLine").bool(), (int) number(person, "patents"),
                strings(person, "awards"), string(person, "citation"), string(person, "mobile"),
                person.get("vocationalStudent").bool());
        Optional<TimeWindow> notice = Attributes.optionalString(item, "noticeOpensAt")
                .map(opens -> new TimeWindow(Instant.parse(opens), Instant.parse(string(item, "noticeClosesAt"))));
        return new Nomination(
                string(item, "campaignId"),
                string(item, NominationKeys.NOMINATION_ID),
                NominationStatus.valueOf(string(item, "status")),
                string(item, "category"),
                nominee,
                new Enterprise(string(enterprise, "name"), string(enterprise, "creditCode"), string(enterprise, "contactName"),
                        string(enterprise, "contactMobile")),
                item.get("publishProfile").bool(),
                string(item, "submittedBy"),
                Instant.parse(string(item, "submittedAt")),
                Instant.parse(string(item, "updatedAt")),
                number(item, VERSION),
                Attributes.optionalString(item, "proposedTier"),
                Attributes.optionalString(item, "tier"),
                strings(item, "experts"),
                (int) Attributes.numberOrZero(item, "scoresReceived"),
                Optional.ofNullable(item.get("expertScore")).map(v -> Double.parseDouble(v.n())),
                notice,
                Attributes.optionalString(item, "reason"),
                Instant.ofEpochSecond(number(item, EXPIRES_AT)));
    }

    /** Keyed by the version the step produced: each version is written once, so the history sorts in order. */
    public static Map<String, AttributeValue> auditItem(AuditEntry entry, long version, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(NominationKeys.audit(entry.campaignId(), entry.nominationId(), version));
        item.put("at", s(entry.at().toString()));
        item.put("actor", s(entry.actor()));
        item.put("role", s(entry.role()));
        item.put("action", s(entry.action()));
        entry.from().ifPresent(from -> item.put("from", s(from.name())));
        item.put("to", s(entry.to().name()));
        entry.reason().ifPresent(reason -> item.put("reason", s(reason)));
        item.put(EXPIRES_AT, n(expiresAt.getEpochSecond()));
        return item;
    }

    public static AuditEntry auditEntry(String campaignId, String nominationId, Map<String, AttributeValue> item) {
        return new AuditEntry(campaignId, nominationId, Instant.parse(string(item, "at")), string(item, "actor"),
                string(item, "role"), string(item, "action"),
                Attributes.optionalString(item, "from").map(NominationStatus::valueOf),
                NominationStatus.valueOf(string(item, "to")), Attributes.optionalString(item, "reason"));
    }

    public static Map<String, AttributeValue> idempotencyItem(IdempotencyRecord record, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(NominationKeys.idempotency(record.campaignId(), record.scope(), record.key()));
        item.put("requestHash", s(record.requestHash()));
        item.put(NominationKeys.NOMINATION_ID, s(record.nominationId()));
        item.put("submittedAt", s(record.submittedAt().toString()));
        item.put(EXPIRES_AT, n(expiresAt.getEpochSecond()));
        return item;
    }

    public static IdempotencyRecord idempotencyRecord(String campaignId, String scope, String key, Map<String, AttributeValue> item) {
        return new IdempotencyRecord(campaignId, scope, key, string(item, "requestHash"),
                string(item, NominationKeys.NOMINATION_ID), Instant.parse(string(item, "submittedAt")));
    }

    public static Map<String, AttributeValue> scoreItem(ExpertScore score, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(NominationKeys.expert(score.campaignId(), score.nominationId(), score.expert()));
        item.put("expert", s(score.expert()));
        Map<String, AttributeValue> scores = new HashMap<>();
        score.scores().forEach((criterion, value) -> scores.put(criterion, n(value)));
        item.put("scores", AttributeValue.fromM(scores));
        item.put("submittedAt", s(score.submittedAt().toString()));
        item.put(EXPIRES_AT, n(expiresAt.getEpochSecond()));
        return item;
    }

    public static ExpertScore expertScore(String campaignId, String nominationId, Map<String, AttributeValue> item) {
        Map<String, Integer> scores = new HashMap<>();
        item.get("scores").m().forEach((criterion, value) -> scores.put(criterion, Integer.parseInt(value.n())));
        return new ExpertScore(campaignId, nominationId, string(item, "expert"), scores, Instant.parse(string(item, "submittedAt")));
    }

    private static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }
}
