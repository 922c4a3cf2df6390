package org.gongjiang.campaign.model;

import java.util.List;
import java.util.Objects;
import org.gongjiang.platform.model.LocalizedText;

/** One of the four review criteria and its weight in an expert's score. */
public record Criterion(String code, LocalizedText name, double weight) {

    /** The four standards every campaign scores on, in their usual order. */
    public static final List<Criterion> STANDARDS = List.of(
            new Criterion("craftExpertise", CampaignMessages.CRITERION_CRAFT_EXPERTISE.text(), 0.25),
            new Criterion("superbSkill", CampaignMessages.CRITERION_SUPERB_SKILL.text(), 0.25),
            new Criterion("leadingRole", CampaignMessages.CRITERION_LEADING_ROLE.text(), 0.25),
            new Criterion("outstandingContribution", CampaignMessages.CRITERION_OUTSTANDING_CONTRIBUTION.text(), 0.25));

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public static List<String> codes() {
        return STANDARDS.stream().map(Criterion::code).toList();
    }
}
