package org.gongjiang.handler;

import java.util.Optional;
import org.gongjiang.domain.LocalizedText;

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
                return Optional.of(LocalizedText.of("含有无法识别的字符（请使用 UTF-8 编码）。",
                        "contains characters that are not valid text (send UTF-8)."));
            }
            boolean lineBreak = codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
            if (lineBreak && !lineBreaks) {
                return Optional.of(LocalizedText.of("不能换行。", "must be on one line."));
            }
            int type = Character.getType(codePoint);
            if (!lineBreak && (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    && (codePoint & 0xFFFE) == 0xFFFE)) {
                return Optional.of(LocalizedText.of("含有不可见或控制字符 U+%04X。", "contains the invisible or control character U+%04X.")
                        .formatted(codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }
}
