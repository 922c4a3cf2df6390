package org.gongjiang.platform.model;

import java.util.Locale;

/** The two languages the product answers in. */
public enum Language {
    ZH("zh-CN"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /**
     * Picks Chinese or English from an Accept-Language header (RFC 9110 section 12.5.4): the supported
     * language with the highest q wins, ties go to the one listed first, and anything unparseable or
     * unsupported falls back to Chinese.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        Language best = ZH;
        double bestQ = 0;
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces.length == 0) {
                continue;
            }
            String range = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].trim();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            Language candidate = range.equals("zh") || range.startsWith("zh-") ? ZH
                    : range.equals("en") || range.startsWith("en-") ? EN
                    : null;
            if (candidate != null && q > bestQ) {
                best = candidate;
                bestQ = q;
            }
        }
        return best;
    }
}
