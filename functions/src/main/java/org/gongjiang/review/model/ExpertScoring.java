package org.gongjiang.review.model;

import java.util.List;
import org.gongjiang.campaign.model.Criterion;
import org.gongjiang.nomination.model.ExpertScore;

/**
 * How experts' scores make a nomination's expert score: each expert's scores are weighted by the
 * campaign's criteria weights (which sum to 1), then averaged over experts; with five or more experts
 * the highest and the lowest are dropped first (a trimmed mean), as review panels do.
 */
public final class ExpertScoring {

    static final int TRIM_FROM = 5;

    private ExpertScoring() {
    }

    public static double weighted(ExpertScore score, List<Criterion> criteria) {
        return criteria.stream().mapToDouble(c -> c.weight() * score.scores().get(c.code())).sum();
    }

    public static double aggregate(List<Double> perExpert) {
        if (perExpert.isEmpty()) {
            throw new IllegalArgumentException("no scores");
        }
        List<Double> sorted = perExpert.stream().sorted().toList();
        List<Double> counted = sorted.size() >= TRIM_FROM ? sorted.subList(1, sorted.size() - 1) : sorted;
        return counted.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
