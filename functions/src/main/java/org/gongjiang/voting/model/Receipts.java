package org.gongjiang.voting.model;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Vote receipts: 26-character ULIDs (48-bit millisecond time, 80 random bits, Crockford base32). The
 * time part is the moment the vote was cast, so a stored receipt also records castAt at no extra cost.
 * SecureRandom rather than Random: Lambda SnapStart restores many containers from one snapshot, and
 * SecureRandom is the generator Lambda re-seeds after restore.
 */
public final class Receipts {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 26;

    private final SecureRandom random = new SecureRandom();

    public String issue(Instant castAt) {
        long millis = castAt.toEpochMilli();
        if (millis < 0 || millis >= (1L << 48)) {
            throw new IllegalArgumentException("time out of receipt range: " + castAt);
        }
        byte[] entropy = new byte[10];
        random.nextBytes(entropy);
        char[] out = new char[LENGTH];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        // 80 random bits as 16 base32 digits
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (entropy[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (entropy[i] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (high & 31)];
            high >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (low & 31)];
            low >>>= 5;
        }
        return new String(out);
    }

    /** The moment a receipt was issued, read back from its time part. */
    public static Instant castAtOf(String receipt) {
        if (!isReceipt(receipt)) {
            throw new IllegalArgumentException("not a receipt: " + receipt);
        }
        long millis = 0;
        for (int i = 0; i < 10; i++) {
            millis = (millis << 5) | valueOf(receipt.charAt(i));
        }
        return Instant.ofEpochMilli(millis);
    }

    public static boolean isReceipt(String value) {
        if (value == null || value.length() != LENGTH || valueOf(value.charAt(0)) > 7) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (valueOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int valueOf(char c) {
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
