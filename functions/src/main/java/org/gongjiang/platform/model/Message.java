package org.gongjiang.platform.model;

import java.util.Objects;

/**
 * A message of a capability's catalogue ({@code CampaignMessages}, {@code VotingMessages}, ...): its
 * words in Chinese and English, with {@code %s}-style placeholders. Each capability keeps its words in
 * one catalogue, each under its key (the constant's name), so that a translation is reviewed in one
 * file and the code says which message it means.
 */
public record Message(String zh, String en) {

    public Message {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The message in both languages, its placeholders filled with {@code args}; an argument that is
     * itself bilingual (a {@link LocalizedText} or a {@link Message}) fills each language with its own.
     */
    public LocalizedText text(Object... args) {
        if (args.length == 0) {
            return LocalizedText.of(zh, en);
        }
        Object[] zhArgs = new Object[args.length];
        Object[] enArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            LocalizedText bilingual = args[i] instanceof Message message ? message.text()
                    : args[i] instanceof LocalizedText text ? text : null;
            zhArgs[i] = bilingual == null ? args[i] : bilingual.zh();
            enArgs[i] = bilingual == null ? args[i] : bilingual.en();
        }
        return LocalizedText.of(zh.formatted(zhArgs), en.formatted(enArgs));
    }

    /** The message in {@code language}. */
    public String in(Language language, Object... args) {
        return text(args).in(language);
    }
}
