package org.gongjiang.voting.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.voting.application.VotingService;
import org.gongjiang.voting.dynamodb.VotingWiring;
import org.gongjiang.voting.model.VoterHasher;

/**
 * GET /v1/campaigns/{campaignId}/receipts/{receipt} (public): the voting day of the vote a receipt
 * seals and whether it counts, nothing else: not the candidate, since a receipt that proves a choice
 * is what a vote buyer asks for.
 */
public final class CheckReceiptHandler extends ApiHandler {

    private final VotingService voting;

    public CheckReceiptHandler() {
        this(VotingWiring.voterHasher(), Wiring.clock());
    }

    private CheckReceiptHandler(Supplier<VoterHasher> keys, Clock clock) {
        this(VotingWiring.votingService(keys), clock);
    }

    public CheckReceiptHandler(VotingService voting, Clock clock) {
        super(clock);
        this.voting = voting;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        VotingService.ReceiptCheck check = voting.check(request.pathParameter("campaignId"), request.pathParameter("receipt"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", check.campaignId());
        body.put("receipt", check.receipt());
        body.put("votingDay", check.votingDay().toString());
        body.put("status", check.counted() ? "counted" : "voided");
        return ApiResponses.json(200, body, ApiResponses.NO_STORE);
    }
}
