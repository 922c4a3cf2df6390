package org.gongjiang.domain;

import java.time.Instant;
import java.util.Map;

/** One expert's scores (0-100 per criterion) for one nomination. */
public record ExpertScore(String campaignId, String nominationId, String expert, Map<String, Integer> scores, Instant submittedAt) {

    public ExpertScore {
        scores = Map.copyOf(scores);
    }
}
