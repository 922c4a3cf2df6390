package org.gongjiang.handler;

import org.gongjiang.domain.VoterHasher;
import org.gongjiang.domain.VoterId;

/** The voter behind a request: the keyed hash of the verified token's issuer and subject. */
final class Voters {

    private Voters() {
    }

    static VoterId of(ApiRequest request, VoterHasher hasher) {
        return hasher.voterFor(request.claim("iss").orElse(null), request.claim("sub").orElse(null));
    }
}
