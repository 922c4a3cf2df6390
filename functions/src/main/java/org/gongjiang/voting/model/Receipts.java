package org.gongjiang.voting.model;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Vote receipts a voter can check: a receipt is the vote's locator (when it was cast, the voter,
 * a nonce) sealed with a deterministic authenticated encryption (SIV: a 96-bit HMAC-SHA256 tag of the
 * campaign and the locator, which is also the AES-CTR counter of its encryption). So the receipt leads
 * to the vote without any index (the ballot's key is the voter and the day), nobody without the key
 * can forge one or read who cast it, two receipts of one voter look unrelated, and the same vote always
 * has the same receipt (it can be given again from what the ballot stores: time and nonce). The
 * campaign is authenticated with it: another campaign's receipt does not open.
 *
 * <p>Written in Crockford base 32 (no I, L, O, U; case does not matter when typed): 60 characters.
 */
public final class Receipts {

    static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int TAG_BYTES = 12;
    private static final int LOCATOR_BYTES = 6 + 3 + VoterHasher.VOTER_ID_BYTES;
    public static final int LENGTH = ((TAG_BYTES + LOCATOR_BYTES) * 8 + 4) / 5;
    /** The nonce tells apart two votes of one voter in the same millisecond: 24 bits. */
    public static final int NONCE_LIMIT = 1 << 24;

    private final SecretKeySpec macKey;
    private final SecretKeySpec encryptionKey;
    private final ThreadLocal<Mac> macs;
    private final ThreadLocal<Cipher> ciphers;

    /** @param key at least 32 bytes, derived for receipts only */
    public Receipts(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a receipt key has 32 bytes");
        }
        this.macKey = new SecretKeySpec(Arrays.copyOfRange(key, 0, 32), "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(derive(key, "aes"), "AES");
        this.macs = ThreadLocal.withInitial(() -> init(() -> {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac;
        }));
        this.ciphers = ThreadLocal.withInitial(() -> init(() -> Cipher.getInstance("AES/CTR/NoPadding")));
    }

    /** What a receipt says: the vote's time and nonce, and the voter. */
    public record Locator(Instant castAt, int nonce, VoterId voter) {
    }

    /** The receipt of the vote {@code voter} cast at {@code castAt} (whole milliseconds) with {@code nonce}, in {@code campaignId}. */
    public String issue(String campaignId, VoterId voter, Instant castAt, int nonce) {
        if (nonce < 0 || nonce >= NONCE_LIMIT) {
            throw new IllegalArgumentException("nonce out of range");
        }
        byte[] voterBytes = Base64.getUrlDecoder().decode(voter.hash());
        if (voterBytes.length != VoterHasher.VOTER_ID_BYTES) {
            throw new IllegalArgumentException("not a voter id of this product");
        }
        ByteBuffer locator = ByteBuffer.allocate(LOCATOR_BYTES);
        long millis = castAt.toEpochMilli();
        for (int shift = 40; shift >= 0; shift -= 8) {
            locator.put((byte) (millis >>> shift));
        }
        locator.put((byte) (nonce >>> 16)).put((byte) (nonce >>> 8)).put((byte) nonce).put(voterBytes);
        byte[] plain = locator.array();
        byte[] tag = tag(campaignId, plain);
        byte[] sealed = new byte[TAG_BYTES + LOCATOR_BYTES];
        System.arraycopy(tag, 0, sealed, 0, TAG_BYTES);
        System.arraycopy(crypt(tag, plain), 0, sealed, TAG_BYTES, LOCATOR_BYTES);
        return encode(sealed);
    }

    /** The vote a receipt of {@code campaignId} names, or empty for anything else (forged, mistyped, another campaign's). */
    public Optional<Locator> open(String campaignId, String receipt) {
        Optional<byte[]> sealed = decode(receipt);
        if (sealed.isEmpty() || sealed.get().length != TAG_BYTES + LOCATOR_BYTES) {
            return Optional.empty();
        }
        byte[] tag = Arrays.copyOfRange(sealed.get(), 0, TAG_BYTES);
        byte[] plain = crypt(tag, Arrays.copyOfRange(sealed.get(), TAG_BYTES, sealed.get().length));
        if (!MessageDigest.isEqual(tag, tag(campaignId, plain))) {
            return Optional.empty();
        }
        long millis = 0;
        for (int i = 0; i < 6; i++) {
            millis = (millis << 8) | (plain[i] & 0xff);
        }
        int nonce = ((plain[6] & 0xff) << 16) | ((plain[7] & 0xff) << 8) | (plain[8] & 0xff);
        String voter = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(plain, 9, plain.length));
        return Optional.of(new Locator(Instant.ofEpochMilli(millis), nonce, new VoterId(voter)));
    }

    private byte[] tag(String campaignId, byte[] plain) {
        Mac mac = macs.get();
        mac.update(campaignId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Arrays.copyOf(mac.doFinal(plain), TAG_BYTES);
    }

    private byte[] crypt(byte[] tag, byte[] input) {
        byte[] counter = Arrays.copyOf(tag, 16);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new IvParameterSpec(counter));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR unavailable", e);
        }
    }

    private static byte[] derive(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Init<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T init(Init<T> init) {
        try {
            return init.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 or AES unavailable", e);
        }
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    static Optional<byte[]> decode(String text) {
        if (text == null || text.length() != LENGTH) {
            return Optional.empty();
        }
        ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = valueOf(Character.toUpperCase(text.charAt(i)));
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >>> (bits - 8)));
                bits -= 8;
            }
        }
        // the last character's spare bits are zero in a receipt this class wrote: one text per receipt
        return (buffer & ((1 << bits) - 1)) == 0 ? Optional.of(out.array()) : Optional.empty();
    }

    static int valueOf(char c) {
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
