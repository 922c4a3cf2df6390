package org.gongjiang.voting.handler;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongjiang.platform.aws.Environment;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.model.ForbiddenException;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VotingMessages;

/**
 * Where the vote route learns the voter's address and user agent. Directly behind API Gateway, from
 * API Gateway's view of the request. Behind CloudFront (template parameter BehindCloudFront), from
 * {@code CloudFront-Viewer-Address}. Behind the vote edge (VoteEdge=waf: a REST API with AWS WAF that
 * forwards each vote), from the edge's {@code X-Viewer-Address} and {@code X-Viewer-Agent}, and only
 * when the request carries the edge's key: anywhere else a client could write those headers itself,
 * and a vote that skipped the edge skipped WAF, so it is refused.
 */
public final class VoterAddress {

    static final String EDGE_KEY_HEADER = "x-vote-edge-key";
    static final String VIEWER_ADDRESS_HEADER = "x-viewer-address";
    static final String VIEWER_AGENT_HEADER = "x-viewer-agent";

    private final boolean behindCloudFront;
    private final Optional<Supplier<String>> edgeKey;

    private VoterAddress(boolean behindCloudFront, Optional<Supplier<String>> edgeKey) {
        this.behindCloudFront = behindCloudFront;
        this.edgeKey = edgeKey;
    }

    /** API Gateway's view of the request. */
    public static VoterAddress direct() {
        return new VoterAddress(false, Optional.empty());
    }

    /** Behind the vote edge whose key is {@code key}. */
    public static VoterAddress behindVoteEdge(String key) {
        return new VoterAddress(false, Optional.of(() -> key));
    }

    /** As the deployment says: BEHIND_CLOUDFRONT, VOTE_EDGE and the edge key's secret (read on first use). */
    static VoterAddress fromEnvironment() {
        boolean cloudFront = Environment.optional("BEHIND_CLOUDFRONT").map("true"::equalsIgnoreCase).orElse(false);
        boolean edge = Environment.optional("VOTE_EDGE").map("true"::equalsIgnoreCase).orElse(false);
        return new VoterAddress(cloudFront, edge
                ? Optional.of(Wiring.memoize(Wiring.secret("VOTE_EDGE_KEY_SECRET_ARN")))
                : Optional.empty());
    }

    /** The origin of a vote; behind the edge, refuses (403 vote-edge-required) a request without the edge's key. */
    VoteSignals.Origin of(ApiRequest request) {
        if (edgeKey.isPresent()) {
            byte[] presented = request.header(EDGE_KEY_HEADER).orElse("").getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(presented, edgeKey.get().get().getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenException("vote-edge-required", VotingMessages.VOTE_EDGE_REQUIRED_TITLE.text(),
                        VotingMessages.VOTE_EDGE_REQUIRED_DETAIL.text(), Map.of());
            }
            return new VoteSignals.Origin(request.header(VIEWER_ADDRESS_HEADER), request.header(VIEWER_AGENT_HEADER), request.claims());
        }
        Optional<String> address = behindCloudFront
                ? request.header("cloudfront-viewer-address").or(request::sourceIp)
                : request.sourceIp();
        return new VoteSignals.Origin(address, request.header("user-agent"), request.claims());
    }
}
