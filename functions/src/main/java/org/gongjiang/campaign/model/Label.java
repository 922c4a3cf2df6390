package org.gongjiang.campaign.model;

import java.util.Objects;
import org.gongjiang.platform.model.LocalizedText;

/** A coded entry of a campaign's list (an industry, a category, a tier) with its bilingual name. */
public record Label(String code, LocalizedText name) {

    public Label {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public static Label of(String code, String zh, String en) {
        return new Label(code, LocalizedText.of(zh, en));
    }
}
