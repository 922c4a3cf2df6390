package org.gongjiang.platform.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gongjiang.platform.model.Language;
import org.gongjiang.platform.model.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    private static String english(Optional<LocalizedText> problem) {
        return problem.map(text -> text.in(Language.EN)).orElse("taken");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x2028, 0x2029})
    void theUnicodeLineAndParagraphSeparatorsAreLineBreaksRefusedOnOneLineAndTakenWhereLinesMayBreak(int separator) {
        String text = "扎根船坞" + Character.toString(separator) + "二十一年";
        assertEquals(english(Optional.of(org.gongjiang.platform.model.PlatformMessages.TEXT_LINE_BREAK.text())),
                english(Texts.problem(text, false)));
        assertEquals("taken", english(Texts.problem(text, true)));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180E, 0x180F,
            0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2064, 0xFEFF, 0x00AD, 0x061C, 0x202E, 0x2066, 0xE0041})
    void aCharacterThatRendersAsNothingIsRefusedAloneInsideANameAndInAMultiLineText(int invisible) {
        String character = Character.toString(invisible);
        for (String text : new String[] {character, character.repeat(3), "孙" + character + "海生", "孙海生" + character}) {
            assertTrue(english(Texts.problem(text, false)).contains("U+%04X".formatted(invisible)), english(Texts.problem(text, false)));
            assertTrue(english(Texts.problem(text, true)).contains("U+%04X".formatted(invisible)));
        }
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0xFE00, 0xFE0F, 0xE0100, 0xE01EF})
    void aVariationSelectorIsTakenAfterTheCharacterItSelectsAGlyphOfButNotAloneOrAfterASpace(int selector) {
        String vs = Character.toString(selector);
        assertEquals("taken", english(Texts.problem("葛" + vs + "优", false)), "a rare character's ideographic variant");
        assertFalse(english(Texts.problem(vs, false)).equals("taken"));
        assertFalse(english(Texts.problem(vs + "孙海生", false)).equals("taken"));
        assertFalse(english(Texts.problem("孙 " + vs, false)).equals("taken"));
        assertFalse(english(Texts.problem("孙" + vs + vs, false)).equals("taken"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"孙海生", "𬌗𬌗", "Zoë Ørsted", "王 丽", "扎根船坞二十一年。", "C++ 工程师", "🛠", "①"})
    void whatPeopleTypeIsTaken(String text) {
        assertEquals("taken", english(Texts.problem(text, false)));
        assertFalse(Texts.blank(text));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x20, 0xA0, 0x2007, 0x202F, 0x3000, 0x2003, 0x1680})
    void aTextOfNothingButSpacesOfAnyKindIsBlank(int space) {
        String text = Character.toString(space).repeat(2);
        assertEquals("taken", english(Texts.problem(text, false)), "spaces are typed; the text is blank");
        assertTrue(Texts.blank(text));
        assertFalse(Texts.blank(Character.toString(space) + "孙"));
    }
}
