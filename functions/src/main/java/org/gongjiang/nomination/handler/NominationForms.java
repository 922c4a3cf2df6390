package org.gongjiang.nomination.handler;

import java.util.Optional;
import org.gongjiang.nomination.model.NominationForm;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.handler.JsonFields;

/** Reads a nomination (POST and PUT .../nominations) from JSON. */
final class NominationForms {

    /** Up to 2,000 characters of citation and 20 awards, in Chinese, fit. */
    static final int MAX_BODY_BYTES = 32 * 1024;

    private NominationForms() {
    }

    static NominationForm read(JsonBody body) {
        JsonFields root = body.fields("category", "nominee", "enterprise", "consent");
        Optional<JsonFields> nominee = root.object("nominee", true, "name", "sex", "idNumber", "birthDate", "trade", "industry",
                "region", "yearsInTrade", "frontLine", "patents", "awards", "citation", "mobile", "vocationalStudent");
        Optional<JsonFields> enterprise = root.object("enterprise", true, "name", "creditCode", "contactName", "contactMobile");
        Optional<JsonFields> consent = root.object("consent", true, "publishProfile");
        return new NominationForm(
                root.string("category", true, 40).orElse(null),
                nominee.flatMap(n -> n.string("name", true, 50)).orElse(null),
                nominee.flatMap(n -> n.string("sex", true, 1)).orElse(null),
                nominee.flatMap(n -> n.string("idNumber", true, 40)).orElse(null),
                nominee.flatMap(n -> n.string("birthDate", true, 10)).orElse(null),
                nominee.flatMap(n -> n.string("trade", true, 50)).orElse(null),
                nominee.flatMap(n -> n.string("industry", true, 40)).orElse(null),
                nominee.flatMap(n -> n.string("region", true, 12)).orElse(null),
                nominee.flatMap(n -> n.integer("yearsInTrade", true, 0, 80)).orElse(null),
                nominee.flatMap(n -> n.bool("frontLine", true)).orElse(null),
                nominee.flatMap(n -> n.integer("patents", false, 0, 10_000)).orElse(0),
                nominee.flatMap(n -> n.strings("awards", false, 20, 100)).orElse(null),
                nominee.flatMap(n -> n.text("citation", true, 2000)).orElse(null),
                nominee.flatMap(n -> n.string("mobile", true, 20)).orElse(null),
                nominee.flatMap(n -> n.bool("vocationalStudent", false)).orElse(null),
                enterprise.flatMap(e -> e.string("name", true, 100)).orElse(null),
                enterprise.flatMap(e -> e.string("creditCode", true, 40)).orElse(null),
                enterprise.flatMap(e -> e.string("contactName", true, 50)).orElse(null),
                enterprise.flatMap(e -> e.string("contactMobile", true, 20)).orElse(null),
                consent.flatMap(c -> c.bool("publishProfile", true)).orElse(null));
    }
}
