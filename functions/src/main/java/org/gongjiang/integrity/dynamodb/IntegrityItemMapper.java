package org.gongjiang.integrity.dynamodb;

import static org.gongjiang.platform.dynamodb.Attributes.n;
import static org.gongjiang.platform.dynamodb.Attributes.s;
import static org.gongjiang.platform.dynamodb.Attributes.string;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.integrity.model.Alert;
import org.gongjiang.integrity.model.AuditRecord;
import org.gongjiang.integrity.model.ImplicatedVote;
import org.gongjiang.integrity.model.Rule;
import org.gongjiang.integrity.model.VoidRecord;
import org.gongjiang.integrity.model.WindowSummary;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.voting.model.VoteRef;
import org.gongjiang.voting.model.VoterId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items of IntegrityTable other than the log. An alert's evidence and a void's votes are kept as one
 * compact text each ({@code voter,candidate,epochSecond,network;...} and {@code voter,candidate,day;...}):
 * thousands of votes in an item, billed by their bytes, not by attribute overhead.
 */
final class IntegrityItemMapper {

    static final String EXPIRES_AT = "expiresAt";

    private IntegrityItemMapper() {
    }

    static Map<String, AttributeValue> summary(String campaignId, WindowSummary summary, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(IntegrityKeys.summary(campaignId, summary.start()));
        item.put("votes", counts(summary.votes()));
        item.put("fresh", counts(summary.fresh()));
        item.put(EXPIRES_AT, n(expiresAt.getEpochSecond()));
        return item;
    }

    static WindowSummary summary(Map<String, AttributeValue> item) {
        return new WindowSummary(IntegrityKeys.windowOf(string(item, IntegrityKeys.SORT_KEY)), counts(item.get("votes")),
                counts(item.get("fresh")));
    }

    static Map<String, AttributeValue> alert(Alert alert, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(IntegrityKeys.key(IntegrityKeys.alertPartition(alert.campaignId()), alert.alertId()));
        item.put("rule", s(alert.rule().code()));
        item.put("candidateId", s(alert.candidateId()));
        item.put("from", s(alert.window().opensAt().toString()));
        item.put("to", s(alert.window().closesAt().toString()));
        item.put("subject", s(alert.subject()));
        item.put("raisedAt", s(alert.raisedAt().toString()));
        item.put("figures", figures(alert.figures()));
        item.put("implicated", s(implicated(alert.implicated())));
        item.put(EXPIRES_AT, n(expiresAt.getEpochSecond()));
        return item;
    }

    static Alert alert(String campaignId, Map<String, AttributeValue> item) {
        return new Alert(string(item, IntegrityKeys.SORT_KEY), campaignId, Rule.of(string(item, "rule")).orElseThrow(),
                string(item, "candidateId"), new TimeWindow(Instant.parse(string(item, "from")), Instant.parse(string(item, "to"))),
                string(item, "subject"), figures(item.get("figures")), implicated(Attributes.optionalString(item, "implicated").orElse("")),
                Instant.parse(string(item, "raisedAt")));
    }

    static String implicated(List<ImplicatedVote> votes) {
        StringBuilder text = new StringBuilder();
        for (ImplicatedVote vote : votes) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(vote.voterId()).append(',').append(vote.candidateId()).append(',').append(vote.castAt().getEpochSecond())
                    .append(',').append(vote.network());
        }
        return text.toString();
    }

    static List<ImplicatedVote> implicated(String text) {
        List<ImplicatedVote> votes = new ArrayList<>();
        if (text.isEmpty()) {
            return votes;
        }
        for (String entry : text.split(";")) {
            String[] parts = entry.split(",", -1);
            if (parts.length == 4) {
                votes.add(new ImplicatedVote(parts[0], parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2])), parts[3]));
            }
        }
        return votes;
    }

    static Map<String, AttributeValue> voidItem(VoidRecord record) {
        Map<String, AttributeValue> item = new HashMap<>(IntegrityKeys.key(IntegrityKeys.voidPartition(record.campaignId()), record.voidId()));
        item.put("candidateId", s(record.candidateId()));
        item.put("rule", s(record.rule().code()));
        record.alertId().ifPresent(id -> item.put("alertId", s(id)));
        item.put("scope", s(record.scope()));
        item.put("from", s(record.cast().opensAt().toString()));
        item.put("to", s(record.cast().closesAt().toString()));
        item.put("reason", s(record.reason()));
        item.put("votes", s(votes(record.votes())));
        item.put("status", s(record.status().name()));
        item.put("requestedBy", s(record.requestedBy()));
        item.put("requestedAt", s(record.requestedAt().toString()));
        record.confirmedBy().ifPresent(by -> item.put("confirmedBy", s(by)));
        record.appliedAt().ifPresent(at -> item.put("appliedAt", s(at.toString())));
        item.put("votesVoided", n(record.votesVoided()));
        record.restoredBy().ifPresent(by -> item.put("restoredBy", s(by)));
        record.restoredAt().ifPresent(at -> item.put("restoredAt", s(at.toString())));
        record.restoreReason().ifPresent(why -> item.put("restoreReason", s(why)));
        item.put("votesRestored", n(record.votesRestored()));
        item.put(EXPIRES_AT, n(record.expiresAt().getEpochSecond()));
        return item;
    }

    static VoidRecord voidRecord(String campaignId, Map<String, AttributeValue> item) {
        return new VoidRecord(string(item, IntegrityKeys.SORT_KEY), campaignId, string(item, "candidateId"),
                Rule.of(string(item, "rule")).orElse(Rule.MANUAL), Attributes.optionalString(item, "alertId"), string(item, "scope"),
                new TimeWindow(Instant.parse(string(item, "from")), Instant.parse(string(item, "to"))), string(item, "reason"),
                votes(campaignId, Attributes.optionalString(item, "votes").orElse("")), VoidRecord.Status.valueOf(string(item, "status")),
                string(item, "requestedBy"), Instant.parse(string(item, "requestedAt")), Attributes.optionalString(item, "confirmedBy"),
                Attributes.optionalString(item, "appliedAt").map(Instant::parse), (int) Attributes.numberOrZero(item, "votesVoided"),
                Attributes.optionalString(item, "restoredBy"), Attributes.optionalString(item, "restoredAt").map(Instant::parse),
                Attributes.optionalString(item, "restoreReason"), (int) Attributes.numberOrZero(item, "votesRestored"),
                Instant.ofEpochSecond(Attributes.numberOrZero(item, EXPIRES_AT)));
    }

    private static String votes(List<VoteRef> votes) {
        StringBuilder text = new StringBuilder();
        for (VoteRef vote : votes) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(vote.voter().hash()).append(',').append(vote.candidateId()).append(',').append(vote.day());
        }
        return text.toString();
    }

    private static List<VoteRef> votes(String campaignId, String text) {
        List<VoteRef> votes = new ArrayList<>();
        if (text.isEmpty()) {
            return votes;
        }
        for (String entry : text.split(";")) {
            String[] parts = entry.split(",", -1);
            if (parts.length == 3) {
                votes.add(new VoteRef(campaignId, LocalDate.parse(parts[2]), new VoterId(parts[0]), parts[1]));
            }
        }
        return votes;
    }

    static Map<String, AttributeValue> audit(AuditRecord record, String sortKey, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(IntegrityKeys.key(IntegrityKeys.auditPartition(record.campaignId()), sortKey));
        item.put("at", s(record.at().toString()));
        item.put("actor", s(record.actor()));
        item.put("action", s(record.action()));
        item.put("subject", s(record.subject()));
        item.put("votes", n(record.votes()));
        record.reason().ifPresent(reason -> item.put("reason", s(reason)));
        item.put(EXPIRES_AT, n(expiresAt.getEpochSecond()));
        return item;
    }

    static AuditRecord audit(String campaignId, Map<String, AttributeValue> item) {
        return new AuditRecord(campaignId, Instant.parse(string(item, "at")), string(item, "actor"), string(item, "action"),
                string(item, "subject"), (int) Attributes.numberOrZero(item, "votes"), Attributes.optionalString(item, "reason"));
    }

    private static AttributeValue counts(Map<String, Integer> counts) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        counts.forEach((key, value) -> map.put(key, n(value)));
        return AttributeValue.fromM(map);
    }

    private static Map<String, Integer> counts(AttributeValue value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (value != null && value.hasM()) {
            value.m().forEach((key, count) -> counts.put(key, Integer.parseInt(count.n())));
        }
        return counts;
    }

    private static AttributeValue figures(Map<String, Number> figures) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        figures.forEach((key, value) -> map.put(key, AttributeValue.fromN(value.toString())));
        return AttributeValue.fromM(map);
    }

    private static Map<String, Number> figures(AttributeValue value) {
        Map<String, Number> figures = new LinkedHashMap<>();
        if (value != null && value.hasM()) {
            value.m().forEach((key, number) -> {
                String text = number.n();
                figures.put(key, text.contains(".") || text.contains("E") ? (Number) Double.parseDouble(text) : (Number) Long.parseLong(text));
            });
        }
        return figures;
    }

    static Optional<String> optional(Map<String, AttributeValue> item, String name) {
        return Attributes.optionalString(item, name);
    }
}
