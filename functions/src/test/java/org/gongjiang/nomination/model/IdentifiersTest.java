package org.gongjiang.nomination.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identity numbers (GB 11643), credit codes (GB 32100) and mobiles, valid and invalid, as a table. */
class IdentifiersTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-21");

    @ParameterizedTest(name = "{0} is valid: born {1}, {2}, foreign resident {3}")
    @CsvSource({
            "11010519491231002X, 1949-12-31, F, false",
            "510104198503151239, 1985-03-15, M, false",
            "510104198503151247, 1985-03-15, F, false",
            "370202199001010015, 1990-01-01, M, false",
            "510104200002290011, 2000-02-29, M, false",
            "210202197604300050, 1976-04-30, M, false",
            "91010019900101123X, 1990-01-01, M, true"})
    void validIdentityNumbersGiveBirthDateSexAndKind(String text, LocalDate birth, Sex sex, boolean foreign) {
        IdentityNumber number = IdentityNumber.parse(text, TODAY).number().orElseThrow();
        assertEquals(birth, number.birthDate());
        assertEquals(sex, number.sex());
        assertEquals(foreign, number.foreignPermanentResident());
        assertEquals(text.substring(0, 6) + "********" + text.substring(14), number.masked());
        assertFalse(number.toString().contains(text.substring(6, 14)), "no birth date in logs");
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "110105194912310021|check-character",      // wrong check character (X expected)
            "510104198503151238|check-character",
            "11010519491231002x|lower-case-x",
            "１１０１０５１９４９１２３１００２Ｘ|full-width",
            "110105 19491231002X|whitespace",
            "' 11010519491231002X'|whitespace",
            "1101051949123100X2|format",                // a letter in the wrong place
            "A1010519491231002X|format",
            "11010519491231002|length",
            "11010519491231002XX|length",
            "510104199902290011|birth-date",            // 29 February 1999 does not exist
            "510104202712310012|birth-date",            // born in the future
            "000104198503151239|address-code",
            "''|required"})
    void invalidIdentityNumbersSayWhatIsWrong(String text, String code) {
        IdentityNumber.Parsed parsed = IdentityNumber.parse(text, TODAY);
        assertTrue(parsed.number().isEmpty());
        assertEquals(code, parsed.problem().orElseThrow().code());
        assertFalse(parsed.problem().get().message().en().isBlank());
        assertFalse(parsed.problem().get().message().zh().isBlank());
    }

    @ParameterizedTest(name = "credit code {0} is valid")
    @CsvSource({"91350100M000100Y43", "91510100MA6CXXXXX4", "91370212MA3C123ABK", "12510000450720123Q", "91210200MA0QWERT1A"})
    void validCreditCodesPass(String code) {
        assertEquals(Optional.empty(), CreditCode.problem(code));
    }

    @ParameterizedTest(name = "credit code \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "91350100M000100Y44|check-character",
            "91350100M000100Y4|length",
            "91350100m000100Y43|alphabet",     // lower case
            "91350100M000I00Y43|alphabet",     // I is not in the alphabet
            "9135O100M000100Y43|alphabet",     // O neither
            "91350100M000100S43|alphabet",     // S neither
            "91A50100M000100Y43|region",       // a letter where the region code is
            "９１350100M000100Y43|alphabet",    // full-width digits
            "913501 00M000100Y4|whitespace",
            "''|required"})
    void invalidCreditCodesSayWhatIsWrong(String code, String problem) {
        assertEquals(problem, CreditCode.problem(code).orElseThrow().code());
    }

    @ParameterizedTest(name = "mobile {0} is {1}")
    @CsvSource({"13812345678, 13812345678", "+8613812345678, 13812345678", "008619912345678, 19912345678",
            "12812345678, ''", "1381234567, ''", "138123456789, ''", "+85213812345678, ''", "138-1234-5678, ''"})
    void mobilesAreMainlandElevenDigitNumbersWithAnOptionalCountryPrefix(String text, String normalised) {
        assertEquals(normalised.isEmpty() ? Optional.empty() : Optional.of(normalised), MobileNumber.normalise(text));
    }

    @Test
    void regionCodesNeedAnExistingProvinceAndNameTheirPrefecture() {
        assertTrue(RegionCode.isValid("510104"));
        assertEquals(Optional.of("成都市"), RegionCode.name("510104"));
        assertEquals("510100", RegionCode.prefecture("510104"));
        assertEquals(Optional.of("青岛市"), RegionCode.name("370211"));
        assertEquals(Optional.of("河北省"), RegionCode.name("130102"));
        assertFalse(RegionCode.isValid("990101"));
        assertFalse(RegionCode.isValid("5101"));
        assertFalse(RegionCode.isValid("51010a"));
    }
}
