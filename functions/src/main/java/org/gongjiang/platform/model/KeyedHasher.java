package org.gongjiang.platform.model;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a secret key, base64url: the same input always gives the same hash (so duplicates
 * and repeat voters are found), and nobody without the key can recompute or reverse it.
 */
public final class KeyedHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    // Mac is not thread-safe; one per thread keeps the hot path free of locks and of getInstance().
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public KeyedHasher(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a hash key must be at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        newMac();
    }

    public static KeyedHasher fromSecret(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("no hash key configured");
        }
        return new KeyedHasher(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of the parts, joined by newlines. */
    public String hash(String... parts) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(parts));
    }

    /** The first {@code bytes} bytes of the hash of the parts, base64url: a shorter id where 256 bits are more than needed. */
    public String shortHash(int bytes, String... parts) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac(parts), bytes));
    }

    /** The 32 bytes of HMAC-SHA256 of the parts, joined by newlines (also a key derived for one purpose). */
    public byte[] mac(String... parts) {
        Mac mac = macs.get();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                mac.update((byte) '\n');
            }
            mac.update(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        return mac.doFinal();
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
