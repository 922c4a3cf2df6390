package org.gongjiang.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a login (token issuer and subject) into a {@link VoterId}: HMAC-SHA256 under a secret key, so
 * that the stored hash cannot be reversed or recomputed by anyone without the key, while the same
 * login always maps to the same voter (which the daily quota needs).
 */
public final class VoterHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;
    private static final int MAX_SUBJECT_LENGTH = 512;

    private final SecretKeySpec key;
    // Mac is not thread-safe; one per thread keeps the hot path free of locks and of getInstance().
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public VoterHasher(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the voter hash key must be at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        newMac();
    }

    public static VoterHasher fromSecret(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("no voter hash key configured");
        }
        return new VoterHasher(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The voter for a token's {@code iss} and {@code sub} claims; refuses a missing or odd login. */
    public VoterId voterFor(String issuer, String subject) {
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()
                || subject.length() > MAX_SUBJECT_LENGTH || issuer.length() > MAX_SUBJECT_LENGTH) {
            throw new UnauthenticatedException(LocalizedText.of(
                    "登录凭证中缺少用户标识，请重新登录。",
                    "The login token does not identify a user; please log in again."));
        }
        Mac mac = macs.get();
        mac.update(issuer.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) '\n');
        byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        return new VoterId(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
