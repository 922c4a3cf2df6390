package org.gongjiang.review.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gongjiang.campaign.model.Criterion;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.platform.model.LocalizedText;
import org.junit.jupiter.api.Test;

class ExpertScoringTest {

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("craftExpertise", LocalizedText.of("工艺专长", "Craft"), 0.3),
            new Criterion("superbSkill", LocalizedText.of("高超技能", "Skill"), 0.3),
            new Criterion("leadingRole", LocalizedText.of("领军作用", "Lead"), 0.2),
            new Criterion("outstandingContribution", LocalizedText.of("突出贡献", "Contribution"), 0.2));

    private static ExpertScore score(int craft, int skill, int lead, int contribution) {
        return new ExpertScore("c", "N0001", "e", Map.of("craftExpertise", craft, "superbSkill", skill, "leadingRole", lead,
                "outstandingContribution", contribution), Instant.EPOCH);
    }

    @Test
    void anExpertsScoreIsTheWeightedSumOfTheCriteria() {
        assertEquals(0.3 * 90 + 0.3 * 80 + 0.2 * 70 + 0.2 * 60, ExpertScoring.weighted(score(90, 80, 70, 60), CRITERIA), 1e-9);
    }

    @Test
    void withFewerThanFiveExpertsEveryScoreCounts() {
        assertEquals(70.0, ExpertScoring.aggregate(List.of(60.0, 70.0, 80.0)), 1e-9);
        assertEquals(55.0, ExpertScoring.aggregate(List.of(10.0, 100.0)), 1e-9);
    }

    @Test
    void fromFiveExpertsTheHighestAndLowestAreDropped() {
        assertEquals(80.0, ExpertScoring.aggregate(List.of(100.0, 80.0, 75.0, 85.0, 10.0)), 1e-9);
        assertEquals(70.0, ExpertScoring.aggregate(List.of(70.0, 70.0, 70.0, 70.0, 70.0, 0.0)), 1e-9);
    }

    @Test
    void noScoresIsNoAverage() {
        assertThrows(IllegalArgumentException.class, () -> ExpertScoring.aggregate(List.of()));
    }
}
