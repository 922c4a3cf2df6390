package org.gongjiang.voting.model;

import java.util.Objects;

/**
 * A voter as the product stores them: a keyed hash of the login's issuer and subject, never the
 * subject itself (PIPL; see {@link VoterHasher}).
 */
public record VoterId(String hash) {

    public VoterId {
        Objects.requireNonNull(hash, "hash");
    }

    @Override
    public String toString() {
        return "VoterId[...]";
    }
}
