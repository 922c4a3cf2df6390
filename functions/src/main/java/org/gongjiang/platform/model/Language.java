package org.gongjiang.platform.model;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        // phones send a handful of distinct headers, so each is parsed once; bounded, as a caller picks the header
        Language known = KNOWN_HEADERS.get(header);
        if (known != null) {
            return known;
        }
        Language picked = parse(header);
        if (header.length() <= 200 && KNOWN_HEADERS.size() < 256) {
            KNOWN_HEADERS.put(header, picked);
        }
        return picked;
    }

    private static final Map<String, Language> KNOWN_HEADERS = new ConcurrentHashMap<>();

    private static Language parse(String header) {
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
