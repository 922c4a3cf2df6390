package org.gongjiang.platform.model;

/**
 * An entry of a capability's message catalogue: a stable key (the enum constant's name) and its text
 * in Chinese and English, whose {@code %s}-style placeholders {@link #text(Object...)} fills. Each
 * capability keeps its words in one catalogue ({@code CampaignMessages}, {@code VotingMessages}, ...),
 * so that a translation is reviewed in one file and the code says which message it means.
 */
public interface Message {

    /** The key, e.g. {@code ALREADY_VOTED_TITLE}. */
    String name();

    String zh();

    String en();

    /**
     * The message in both languages, its placeholders filled with {@code args}; an argument that is
     * itself bilingual (a {@link LocalizedText} or a {@link Message}) fills each language with its own.
     */
    default LocalizedText text(Object... args) {
        if (args.length == 0) {
            return LocalizedText.of(zh(), en());
        }
        Object[] zhArgs = new Object[args.length];
        Object[] enArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            LocalizedText bilingual = args[i] instanceof Message message ? message.text()
                    : args[i] instanceof LocalizedText text ? text : null;
            zhArgs[i] = bilingual == null ? args[i] : bilingual.zh();
            enArgs[i] = bilingual == null ? args[i] : bilingual.en();
        }
        return LocalizedText.of(zh().formatted(zhArgs), en().formatted(enArgs));
    }

    /** The message in {@code language}. */
    default String in(Language language, Object... args) {
        return text(args).in(language);
    }
}
