package org.gongjiang.integrity.handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.integrity.model.Alert;
import org.gongjiang.integrity.model.AuditRecord;
import org.gongjiang.integrity.model.ImplicatedVote;
import org.gongjiang.integrity.model.VoidRecord;
import org.gongjiang.platform.handler.JsonViews;

/** What the auditors read: alerts with their evidence, voids, the audit trail. Voters only by their pseudonymous ids. */
public final class IntegrityViews {

    private IntegrityViews() {
    }

    static Map<String, Object> alert(Alert alert, boolean withEvidence) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("alertId", alert.alertId());
        view.put("rule", alert.rule().code());
        view.put("severity", alert.severity().name().toLowerCase(java.util.Locale.ROOT));
        view.put("candidateId", alert.candidateId());
        view.put("window", JsonViews.window(alert.window()));
        view.put("subject", alert.subject());
        view.put("figures", alert.figures());
        view.put("implicatedVotes", alert.implicated().size());
        view.put("raisedAt", alert.raisedAt().toString());
        if (withEvidence) {
            view.put("implicated", alert.implicated().stream().map(IntegrityViews::vote).toList());
        }
        return view;
    }

    private static Map<String, Object> vote(ImplicatedVote vote) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("voterId", vote.voterId());
        view.put("candidateId", vote.candidateId());
        view.put("castAt", vote.castAt().toString());
        view.put("network", vote.network());
        return view;
    }

    static Map<String, Object> voidRecord(VoidRecord record, boolean withVotes) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("voidId", record.voidId());
        view.put("campaignId", record.campaignId());
        view.put("candidateId", record.candidateId());
        view.put("status", record.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        view.put("rule", record.rule().code());
        record.alertId().ifPresent(id -> view.put("alertId", id));
        view.put("scope", record.scope());
        view.put("window", JsonViews.window(record.cast()));
        view.put("reason", record.reason());
        view.put("votes", record.votes().size());
        view.put("votesVoided", record.votesVoided());
        view.put("requestedBy", record.requestedBy());
        view.put("requestedAt", record.requestedAt().toString());
        record.confirmedBy().ifPresent(by -> view.put("confirmedBy", by));
        record.appliedAt().ifPresent(at -> view.put("appliedAt", at.toString()));
        record.restoredBy().ifPresent(by -> view.put("restoredBy", by));
        record.restoredAt().ifPresent(at -> view.put("restoredAt", at.toString()));
        record.restoreReason().ifPresent(why -> view.put("restoreReason", why));
        if (record.status() == VoidRecord.Status.RESTORED) {
            view.put("votesRestored", record.votesRestored());
        }
        if (withVotes) {
            view.put("voidedVotes", record.votes().stream().map(vote -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("voterId", vote.voter().hash());
                entry.put("votingDay", vote.day().toString());
                return entry;
            }).toList());
        }
        return view;
    }

    static Map<String, Object> audit(AuditRecord record) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("at", record.at().toString());
        view.put("actor", record.actor());
        view.put("action", record.action());
        view.put("subject", record.subject());
        view.put("votes", record.votes());
        record.reason().ifPresent(reason -> view.put("reason", reason));
        return view;
    }

    static Map<String, Object> list(String campaignId, String member, List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put(member, items);
        return body;
    }
}
