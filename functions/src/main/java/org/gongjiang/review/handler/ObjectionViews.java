package org.gongjiang.review.handler;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.review.model.Objection;

/** Objections as their author and as the review office see them (never who filed them). */
final class ObjectionViews {

    private ObjectionViews() {
    }

    static Map<String, Object> forObjector(Objection objection) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("objectionId", objection.objectionId());
        view.put("nominationId", objection.nominationId());
        view.put("status", objection.status().name());
        view.put("filedAt", objection.filedAt().toString());
        return view;
    }

    static Map<String, Object> forReviewers(Objection objection) {
        Map<String, Object> view = forObjector(objection);
        view.put("text", objection.text());
        objection.resolution().ifPresent(value -> view.put("resolution", value));
        objection.resolvedBy().ifPresent(value -> view.put("resolvedBy", value));
        objection.resolvedAt().ifPresent(value -> view.put("resolvedAt", value.toString()));
        return view;
    }
}
