package org.gongjiang.voting.model;

import org.gongjiang.platform.model.KeyedHasher;
import org.gongjiang.platform.model.UnauthenticatedException;

/**
 * Turns a login (token issuer and subject) into a {@link VoterId}: a keyed hash, so that the stored
 * hash cannot be reversed or recomputed by anyone without the key, while the same login always maps
 * to the same voter (which the daily quota needs).
 */
public final class VoterHasher {

    private static final int MAX_SUBJECT_LENGTH = 512;

    private final KeyedHasher hasher;

    public VoterHasher(byte[] key) {
        this.hasher = new KeyedHasher(key);
    }

    public static VoterHasher fromSecret(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("no voter hash key configured");
        }
        return new VoterHasher(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The voter for a token's {@code iss} and {@code sub} claims; refuses a missing or odd login. */
    public VoterId voterFor(String issuer, String subject) {
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()
                || subject.length() > MAX_SUBJECT_LENGTH || issuer.length() > MAX_SUBJECT_LENGTH) {
            throw new UnauthenticatedException(VotingMessages.LOGIN_WITHOUT_SUBJECT.text());
        }
        return new VoterId(hasher.hash(issuer, subject));
    }
}
