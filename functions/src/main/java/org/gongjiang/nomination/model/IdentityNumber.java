package org.gongjiang.nomination.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.gongjiang.platform.model.LocalizedText;

/**
 * A resident identity number (公民身份号码, GB 11643-1999) or a foreign permanent resident's number
 * (外国人永久居留身份证, 2023 format: same layout, first digit 9): 6-digit address code, 8-digit birth
 * date, 3-digit sequence (odd male, even female), check character. Only the canonical form is accepted:
 * ASCII digits and an upper-case X; a clerk is told exactly what to fix rather than having the number
 * silently rewritten.
 */
public record IdentityNumber(String value, LocalDate birthDate, Sex sex, boolean foreignPermanentResident) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");

    /** Why a text is not an identity number, as a stable code and a bilingual message. */
    public record Problem(String code, LocalizedText message) {
    }

    /** Parses and checks; the problem names the first thing wrong. */
    public static Parsed parse(String text, LocalDate today) {
        if (text == null || text.isEmpty()) {
            return Parsed.problem("required", NominationMessages.ID_NUMBER_REQUIRED.text());
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return Parsed.problem("whitespace", NominationMessages.ID_NUMBER_WHITESPACE.text());
        }
        if (text.chars().anyMatch(c -> c >= '０' && c <= '９' || c == 'Ｘ' || c == 'ｘ')) {
            return Parsed.problem("full-width", NominationMessages.ID_NUMBER_FULL_WIDTH.text());
        }
        if (text.length() != 18) {
            return Parsed.problem("length", NominationMessages.ID_NUMBER_LENGTH.text(text.length()));
        }
        for (int i = 0; i < 17; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Parsed.problem("format", NominationMessages.ID_NUMBER_FORMAT.text(i + 1));
            }
        }
        char last = text.charAt(17);
        if (last == 'x') {
            return Parsed.problem("lower-case-x", NominationMessages.ID_NUMBER_LOWER_CASE_X.text());
        }
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Parsed.problem("format", NominationMessages.ID_NUMBER_LAST_CHARACTER.text());
        }
        if (checkCharacter(text.substring(0, 17)) != last) {
            return Parsed.problem("check-character", NominationMessages.ID_NUMBER_CHECK_CHARACTER.text());
        }
        boolean foreign = text.charAt(0) == '9';
        if (!foreign && !PROVINCES.contains(text.substring(0, 2))) {
            return Parsed.problem("address-code", NominationMessages.ID_NUMBER_ADDRESS_CODE.text());
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            return Parsed.problem("birth-date", NominationMessages.ID_NUMBER_BIRTH_DATE.text());
        }
        if (birthDate.getYear() < 1900 || birthDate.isAfter(today)) {
            return Parsed.problem("birth-date", NominationMessages.ID_NUMBER_BIRTH_DATE_IMPLAUSIBLE.text());
        }
        Sex sex = (text.charAt(16) - '0') % 2 == 1 ? Sex.M : Sex.F;
        return new Parsed(Optional.of(new IdentityNumber(text, birthDate, sex, foreign)), Optional.empty());
    }

    /** The check character (ISO 7064 MOD 11-2) of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The form staff see: first 6 and last 4 characters. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    /** An identity number, or why the text is not one. */
    public record Parsed(Optional<IdentityNumber> number, Optional<Problem> problem) {
        static Parsed problem(String code, LocalizedText message) {
            return new Parsed(Optional.empty(), Optional.of(new Problem(code, message)));
        }
    }

    @Override
    public String toString() {
        return "IdentityNumber[" + masked() + "]";
    }
}
