package org.gongjiang.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

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
            return Parsed.problem("required", LocalizedText.of("请填写身份证件号码。", "The identity number is required."));
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return Parsed.problem("whitespace", LocalizedText.of("身份证件号码中不能有空格。", "Remove the spaces from the identity number."));
        }
        if (text.chars().anyMatch(c -> c >= '０' && c <= '９' || c == 'Ｘ' || c == 'ｘ')) {
            return Parsed.problem("full-width", LocalizedText.of("身份证件号码请使用半角数字。",
                    "Use half-width (ASCII) digits in the identity number."));
        }
        if (text.length() != 18) {
            return Parsed.problem("length", LocalizedText.of("身份证件号码应为 18 位，当前为 %d 位。",
                    "An identity number has 18 characters, not %d.").formatted(text.length()));
        }
        for (int i = 0; i < 17; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Parsed.problem("format", LocalizedText.of("身份证件号码前 17 位必须是数字（第 %d 位不是）。",
                        "The first 17 characters must be digits (character %d is not).").formatted(i + 1));
            }
        }
        char last = text.charAt(17);
        if (last == 'x') {
            return Parsed.problem("lower-case-x", LocalizedText.of("校验码 X 请使用大写字母。", "The check character X must be upper case."));
        }
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Parsed.problem("format", LocalizedText.of("身份证件号码最后一位必须是数字或大写 X。",
                    "The last character must be a digit or an upper-case X."));
        }
        if (checkCharacter(text.substring(0, 17)) != last) {
            return Parsed.problem("check-character", LocalizedText.of("身份证件号码校验码不正确，请核对。",
                    "The identity number's check character is wrong; please check the number."));
        }
        boolean foreign = text.charAt(0) == '9';
        if (!foreign && !PROVINCES.contains(text.substring(0, 2))) {
            return Parsed.problem("address-code", LocalizedText.of("身份证件号码的地址码不存在。",
                    "The identity number's address code does not exist."));
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            return Parsed.problem("birth-date", LocalizedText.of("身份证件号码中的出生日期不存在。",
                    "The birth date inside the identity number is not a real date."));
        }
        if (birthDate.getYear() < 1900 || birthDate.isAfter(today)) {
            return Parsed.problem("birth-date", LocalizedText.of("身份证件号码中的出生日期不合理。",
                    "The birth date inside the identity number is not plausible."));
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
