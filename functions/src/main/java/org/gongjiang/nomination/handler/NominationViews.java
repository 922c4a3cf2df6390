package org.gongjiang.nomination.handler;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationAccess;
import org.gongjiang.nomination.model.NominationWorkflow;
import org.gongjiang.nomination.model.Nominee;
import org.gongjiang.nomination.model.RegionCode;
import org.gongjiang.platform.handler.JsonViews;

/**
 * What each reader sees of a nomination. Personal fields (masked identity number, mobiles, contact
 * name) appear only in the review office's view; experts' identities and scores never in the
 * enterprise's; nothing personal in an expert's.
 */
public final class NominationViews {

    private NominationViews() {
    }

    public static Map<String, Object> view(NominationService.Visible visible) {
        Map<String, Object> view = view(visible.nomination(), visible.access());
        visible.myScores().ifPresent(score -> view.put("myScores", score.scores()));
        return view;
    }

    public static Map<String, Object> view(Nomination nomination, NominationAccess access) {
        Nominee nominee = nomination.nominee();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("campaignId", nomination.campaignId());
        view.put("nominationId", nomination.nominationId());
        view.put("status", nomination.status().name());
        view.put("category", nomination.category());
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", nominee.name());
        if (access != NominationAccess.EXPERT) {
            person.put("sex", nominee.sex().name());
        }
        person.put("birthYear", nominee.birthYear());
        if (access == NominationAccess.REVIEW_OFFICE) {
            person.put("idNumberMasked", nominee.idMasked());
            person.put("foreignPermanentResident", nominee.foreignPermanentResident());
        }
        person.put("trade", nominee.trade());
        person.put("industry", nominee.industry());
        person.put("region", nominee.region());
        RegionCode.name(nominee.region()).ifPresent(name -> person.put("regionName", name));
        person.put("yearsInTrade", nominee.yearsInTrade());
        person.put("frontLine", nominee.frontLine());
        person.put("patents", nominee.patents());
        person.put("awards", nominee.awards());
        person.put("citation", nominee.citation());
        person.put("vocationalStudent", nominee.vocationalStudent());
        if (access == NominationAccess.REVIEW_OFFICE) {
            person.put("mobile", nominee.mobile());
        }
        view.put("nominee", person);
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("name", nomination.enterprise().name());
        if (access != NominationAccess.EXPERT) {
            enterprise.put("creditCode", nomination.enterprise().creditCode());
        }
        if (access == NominationAccess.REVIEW_OFFICE) {
            enterprise.put("contactName", nomination.enterprise().contactName());
            enterprise.put("contactMobile", nomination.enterprise().contactMobile());
        }
        view.put("enterprise", enterprise);
        if (access != NominationAccess.EXPERT) {
            view.put("consent", Map.of("publishProfile", nomination.publishProfile()));
            view.put("submittedAt", nomination.submittedAt().toString());
            view.put("updatedAt", nomination.updatedAt().toString());
            nomination.reason().ifPresent(reason -> view.put("reason", reason));
        }
        nomination.tier().ifPresent(tier -> view.put("tier", tier));
        nomination.notice().ifPresent(window -> view.put("notice", JsonViews.window(window)));
        if (access == NominationAccess.REVIEW_OFFICE) {
            view.put("experts", nomination.experts());
            view.put("scoresReceived", nomination.scoresReceived());
            nomination.expertScore().ifPresent(score -> view.put("expertScore", Math.round(score * 100) / 100.0));
            nomination.proposedTier().ifPresent(tier -> view.put("proposedTier", tier));
            view.put("allowedActions", NominationWorkflow.allowedActions(nomination.status()));
            view.put("version", nomination.version());
        }
        return view;
    }

    /** A nominee's public profile (consented): on notice and on the ballot. */
    public static Map<String, Object> publicProfile(Nomination nomination) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("nominationId", nomination.nominationId());
        view.put("name", nomination.nominee().name());
        view.put("enterprise", nomination.enterprise().name());
        view.put("category", nomination.category());
        view.put("industry", nomination.nominee().industry());
        view.put("region", nomination.nominee().region());
        RegionCode.name(nomination.nominee().region()).ifPresent(name -> view.put("regionName", name));
        view.put("trade", nomination.nominee().trade());
        view.put("citation", nomination.nominee().citation());
        return view;
    }

    /** The first answer to a submission; a retry with the same Idempotency-Key gets it again. */
    public static Map<String, Object> submitted(String campaignId, String nominationId, String submittedAt) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("campaignId", campaignId);
        view.put("nominationId", nominationId);
        view.put("status", "SUBMITTED");
        view.put("submittedAt", submittedAt);
        return view;
    }
}
