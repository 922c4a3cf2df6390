package org.gongjiang.platform.handler;

import org.gongjiang.platform.model.PlatformMessages;
import java.util.Optional;
import org.gongjiang.platform.model.LocalizedText;

/**
 * What a person can type: names and texts end up on public notices, the ballot and staff screens, so
 * characters nobody types are refused rather than stored. That covers bytes that were not UTF-8 (they
 * arrive as U+FFFD) and lone surrogates, control characters, and invisible format characters (bidi
 * overrides that reverse how a name reads, zero-width spaces that make two names look equal).
 */
final class Texts {

    private Texts() {
    }

    /** Why {@code text} cannot be taken, if it cannot; line breaks and tabs only where {@code lineBreaks}. */
    static Optional<LocalizedText> problem(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE || codePoint == 0xFFFD) {
                return Optional.of(PlatformMessages.TEXT_NOT_UTF_8.text());
            }
            boolean lineBreak = codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
            if (lineBreak && !lineBreaks) {
                return Optional.of(PlatformMessages.TEXT_LINE_BREAK.text());
            }
            int type = Character.getType(codePoint);
            if (!lineBreak && (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    && (codePoint & 0xFFFE) == 0xFFFE)) {
                return Optional.of(PlatformMessages.TEXT_INVISIBLE_CHARACTER.text(codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }
}
