package org.gongjiang.voting.handler;

import java.util.Optional;
import org.gongjiang.platform.aws.Environment;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.voting.model.VoterHasher;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VoterId;

/** The voter behind a request: the keyed hash of the verified token's issuer and subject. */
final class Voters {

    private Voters() {
    }

    static VoterId of(ApiRequest request, VoterHasher hasher) {
        return hasher.voterFor(request.claim("iss").orElse(null), request.claim("sub").orElse(null));
    }

    /**
     * Where the request says the vote comes from. The source address is API Gateway's view of it; behind
     * CloudFront that is CloudFront's, so the viewer's is taken from {@code CloudFront-Viewer-Address}
     * then, and only then: anywhere else a client could write that header itself.
     */
    static VoteSignals.Origin origin(ApiRequest request, boolean behindCloudFront) {
        Optional<String> address = behindCloudFront
                ? request.header("cloudfront-viewer-address").or(request::sourceIp)
                : request.sourceIp();
        return new VoteSignals.Origin(address, request.header("user-agent"), request.claims());
    }

    /** Whether the deployment says the API is reached through CloudFront (template parameter BehindCloudFront). */
    static boolean behindCloudFront() {
        return Environment.optional("BEHIND_CLOUDFRONT").map("true"::equalsIgnoreCase).orElse(false);
    }
}
