package org.gongjiang.campaign.model;

import java.util.Objects;
import org.gongjiang.platform.model.LocalizedText;

/** A category of a campaign (e.g. 工匠, 国际工匠, 雏鹰工匠) and who may be nominated in it. */
public record Category(String code, LocalizedText name, Eligibility eligibility) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(eligibility, "eligibility");
    }

    /**
     * The category's hard requirements, checked at nomination: years in the trade, age on the day the
     * nomination window opens, and whether the nominee must hold a foreign permanent resident ID
     * (国际工匠) or be a vocational-school student (雏鹰工匠).
     */
    public record Eligibility(int minYearsInTrade, int minAge, int maxAge, boolean foreignPermanentResident,
                              boolean vocationalStudent) {

        public static final Eligibility ANYONE = new Eligibility(0, 16, 100, false, false);
    }
}
