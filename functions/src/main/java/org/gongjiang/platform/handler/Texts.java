package org.gongjiang.platform.handler;

import org.gongjiang.platform.model.PlatformMessages;
import java.util.Optional;
import org.gongjiang.platform.model.LocalizedText;

/**
 * What a person can type: names and texts end up on public notices, the ballot, staff screens and CSV
 * files, so characters nobody types are refused rather than stored. That covers bytes that were not
 * UTF-8 (they arrive as U+FFFD) and lone surrogates; control characters; invisible format characters
 * (bidi overrides that reverse how a name reads, zero-width spaces, joiners and the byte order mark
 * that make two names look equal, the soft hyphen, the Mongolian vowel separator U+180E); characters
 * that are letters or symbols to Unicode but render as nothing, so that a name made of them looks
 * blank (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the Braille blank U+2800, the combining
 * grapheme joiner U+034F, the Khmer inherent vowels U+17B4 and U+17B5, the Mongolian free variation
 * selectors); a variation selector (U+FE00..U+FE0F, U+E0100..U+E01EF) that selects nothing, at the
 * start or after a space (after a character it picks that character's glyph, as in a rare
 * character's ideographic variant, and is taken); and the Unicode line and paragraph separators
 * U+2028 and U+2029, which are line breaks, only where line breaks are. A text of nothing but spaces
 * (any of Unicode's, the no-break ones too) is blank.
 */
final class Texts {

    private Texts() {
    }

    /** Why {@code text} cannot be taken, if it cannot; line breaks and tabs only where {@code lineBreaks}. */
    static Optional<LocalizedText> problem(String text, boolean lineBreaks) {
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE || codePoint == 0xFFFD) {
                return Optional.of(PlatformMessages.TEXT_NOT_UTF_8.text());
            }
            boolean lineBreak = codePoint == '\n' || codePoint == '\r' || codePoint == '\t'
                    || codePoint == 0x2028 || codePoint == 0x2029;
            if (lineBreak && !lineBreaks) {
                return Optional.of(PlatformMessages.TEXT_LINE_BREAK.text());
            }
            int type = Character.getType(codePoint);
            if (!lineBreak && (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    && (codePoint & 0xFFFE) == 0xFFFE || rendersAsNothing(codePoint)
                    || isVariationSelector(codePoint) && (previous < 0 || isSpace(previous) || isVariationSelector(previous)))) {
                return Optional.of(PlatformMessages.TEXT_INVISIBLE_CHARACTER.text(codePoint));
            }
            previous = codePoint;
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** Nothing but spaces (Unicode's, the no-break ones too) and line breaks, or nothing at all. */
    static boolean blank(String text) {
        return text.codePoints().allMatch(Texts::isSpace);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** Letters and marks to Unicode that no font draws: a name of them would look blank. */
    private static boolean rendersAsNothing(int codePoint) {
        return switch (codePoint) {
            case 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F, 0x2800, 0x3164, 0xFFA0 -> true;
            default -> false;
        };
    }

    private static boolean isVariationSelector(int codePoint) {
        return codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }
}
