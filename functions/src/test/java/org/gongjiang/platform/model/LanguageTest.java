package org.gongjiang.platform.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class LanguageTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" answers {1}")
    @CsvSource(delimiter = '|', value = {
            "en|EN",
            "en-US,en;q=0.9|EN",
            "zh-CN,zh;q=0.9,en;q=0.8|ZH",
            "en;q=0.5, zh;q=0.6|ZH",
            "fr-FR, en;q=0.3|EN",
            "fr, de|ZH",
            "*|ZH",
            "EN-gb|EN",
            "zh-Hant-TW|ZH",
            "en;q=0|ZH",
            "en;q=abc|ZH",
            ";;;,,,|ZH"})
    void picksTheBestSupportedLanguageAndFallsBackToChinese(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noHeaderMeansChinese(String header) {
        assertEquals(Language.ZH, Language.fromAcceptLanguage(header));
    }
}
