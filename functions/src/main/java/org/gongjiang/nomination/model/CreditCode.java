package org.gongjiang.nomination.model;

import java.util.Optional;
import org.gongjiang.platform.model.Message;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z); positions 3-8 an administrative region
 * code; position 18 a check character over the first 17 with weights 3^(i) mod 31.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Empty if {@code text} is a valid code, else why not. */
    public static Optional<IdentityNumber.Problem> problem(String text) {
        if (text == null || text.isEmpty()) {
            return problem("required", NominationMessages.CREDIT_CODE_REQUIRED);
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return problem("whitespace", NominationMessages.CREDIT_CODE_WHITESPACE);
        }
        if (text.length() != 18) {
            return problem("length", NominationMessages.CREDIT_CODE_LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            char c = text.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.of(new IdentityNumber.Problem("alphabet", NominationMessages.CREDIT_CODE_ALPHABET.text(i + 1, c)));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return problem("region", NominationMessages.CREDIT_CODE_REGION);
            }
        }
        if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
            return problem("check-character", NominationMessages.CREDIT_CODE_CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** The check character (MOD 31) of the first 17 characters, all from the code's alphabet. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static Optional<IdentityNumber.Problem> problem(String code, Message message) {
        return Optional.of(new IdentityNumber.Problem(code, message.text()));
    }
}
