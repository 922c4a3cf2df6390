package org.gongjiang.platform.model;

import java.util.Objects;

/** A text in Chinese and English. Chinese is the product's first language and the fallback. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** This text followed by {@code more}, in each language. */
    public LocalizedText append(LocalizedText more) {
        return new LocalizedText(zh + more.zh(), en + more.en());
    }

    public LocalizedText formatted(Object... args) {
        return new LocalizedText(zh.formatted(args), en.formatted(args));
    }
}
