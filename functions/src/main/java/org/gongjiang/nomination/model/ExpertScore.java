package org.gongjiang.nomination.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.campaign.model.Criterion;

/** One expert's scores (0-100 per criterion) for one nomination. */
public record ExpertScore(String campaignId, String nominationId, String expert, Map<String, Integer> scores, Instant submittedAt) {

    public ExpertScore {
        // in the criteria's fixed order, as the scoring form shows them
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String code : Criterion.codes()) {
            if (scores.containsKey(code)) {
                ordered.put(code, scores.get(code));
            }
        }
        scores.forEach(ordered::putIfAbsent);
        scores = Collections.unmodifiableMap(ordered);
    }
}
