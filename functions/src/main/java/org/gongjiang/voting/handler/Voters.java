package org.gongjiang.voting.handler;

import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.voting.model.VoterHasher;
import org.gongjiang.voting.model.VoterId;

/** The voter behind a request: the keyed hash of the verified token's issuer and subject (strings, as {@link Actors} reads them). */
final class Voters {

    private Voters() {
    }

    static VoterId of(ApiRequest request, VoterHasher hasher) {
        Actor login = Actors.of(request);
        return hasher.voterFor(login.issuer(), login.subject());
    }

}
