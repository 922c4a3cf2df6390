package org.gongjiang.voting.model;

import java.nio.charset.StandardCharsets;
import org.gongjiang.platform.model.KeyedHasher;
import org.gongjiang.platform.model.UnauthenticatedException;

/**
 * The keys of the voter-hash secret, each derived for one purpose: turning a login (token issuer and
 * subject) into a {@link VoterId} (a keyed hash, so that it cannot be reversed or recomputed by anyone
 * without the key, while the same login always maps to the same voter, which the daily quota needs);
 * sealing receipts ({@link Receipts}); and hashing the signals kept with each vote
 * ({@link VoteSignals}), so that a network or a phone is never stored in clear.
 */
public final class VoterHasher {

    private static final int MAX_SUBJECT_LENGTH = 512;
    /** 128 bits: ample for a pseudonym (no two of 10^12 logins collide but with odds below 10^-14), and short enough to log. */
    public static final int VOTER_ID_BYTES = 16;

    private final KeyedHasher hasher;
    private final Receipts receipts;
    private final KeyedHasher signals;

    public VoterHasher(byte[] key) {
        this.hasher = new KeyedHasher(key);
        this.receipts = new Receipts(hasher.mac("gongjiang receipts v1"));
        this.signals = new KeyedHasher(hasher.mac("gongjiang vote signals v1"));
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
            throw new UnauthenticatedException(VotingMessages.LOGIN_WITHOUT_SUBJECT.text());
        }
        return new VoterId(hasher.shortHash(VOTER_ID_BYTES, issuer, subject));
    }

    /** Receipts sealed under this secret. */
    public Receipts receipts() {
        return receipts;
    }

    /** The keyed hash of a vote's signal ({@code kind}: network, client), 48 bits, base64url. */
    public String signal(String kind, String value) {
        return signals.shortHash(6, kind, value);
    }
}
