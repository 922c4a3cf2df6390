package org.gongjiang.domain;

import java.util.List;
import java.util.Objects;

/** One of the four review criteria and its weight in an expert's score. */
public record Criterion(String code, LocalizedText name, double weight) {

    /** The four standards every campaign scores on, in their usual order. */
    public static final List<Criterion> STANDARDS = List.of(
            new Criterion("craftExpertise", LocalizedText.of("工艺专长", "Craft expertise"), 0.25),
            new Criterion("superbSkill", LocalizedText.of("高超技能", "Superb skill"), 0.25),
            new Criterion("leadingRole", LocalizedText.of("领军作用", "Leading role"), 0.25),
            new Criterion("outstandingContribution", LocalizedText.of("突出贡献", "Outstanding contribution"), 0.25));

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public static List<String> codes() {
        return STANDARDS.stream().map(Criterion::code).toList();
    }
}
