package org.gongjiang.voting.handler;

import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.voting.model.VoterHasher;
import org.gongjiang.voting.model.VoterId;

/** The voter behind a request: the keyed hash of the verified token's issuer and subject. */
final class Voters {

    private Voters() {
    }

    static VoterId of(ApiRequest request, VoterHasher hasher) {
        return hasher.voterFor(request.claim("iss").orElse(null), request.claim("sub").orElse(null));
    }

}
