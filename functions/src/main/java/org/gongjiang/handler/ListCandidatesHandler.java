package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.domain.Campaign;
import org.gongjiang.domain.CampaignDirectory;
import org.gongjiang.domain.Candidate;
import org.gongjiang.domain.Category;
import org.gongjiang.domain.CandidateDirectory;
import org.gongjiang.domain.FieldError;
import org.gongjiang.domain.InvalidInputException;
import org.gongjiang.domain.Label;
import org.gongjiang.domain.LocalizedText;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** GET /v1/campaigns/{campaignId}/candidates[?industry=&category=]: the public ballot. */
public final class ListCandidatesHandler extends ApiHandler {

    private final CampaignDirectory campaigns;
    private final CandidateDirectory candidates;

    public ListCandidatesHandler() {
        this(Wiring.dynamo(), Wiring.clock());
    }

    private ListCandidatesHandler(DynamoDbClient dynamo, Clock clock) {
        this(Wiring.campaigns(dynamo), Wiring.candidates(dynamo), clock);
    }

    public ListCandidatesHandler(CampaignDirectory campaigns, CandidateDirectory candidates, Clock clock) {
        super(clock);
        this.campaigns = campaigns;
        this.candidates = candidates;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Campaign campaign = campaigns.requireCampaign(request.pathParameter("campaignId"));
        List<FieldError> errors = new ArrayList<>();
        Optional<String> industry = filter(request, "industry", campaign.industries().stream().map(Label::code).toList(), errors);
        Optional<String> category = filter(request, "category", campaign.categories().stream().map(Category::code).toList(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        List<Map<String, Object>> ballot = candidates.ballot(campaign.campaignId()).stream()
                .filter(candidate -> industry.map(candidate.industry()::equals).orElse(true))
                .filter(candidate -> category.map(candidate.category()::equals).orElse(true))
                .map((Candidate candidate) -> Views.candidate(candidate, campaign))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaign.campaignId());
        body.put("candidates", ballot);
        return ApiResponses.json(200, body, ApiResponses.CACHE_PUBLIC);
    }

    /** A filter value must be one of the campaign's codes; an unknown one is a 400 listing the valid ones. */
    private static Optional<String> filter(ApiRequest request, String parameter, List<String> allowed,
                                           List<FieldError> errors) {
        Optional<String> value = request.queryParameter(parameter);
        if (value.isPresent() && !allowed.contains(value.get())) {
            String codes = String.join(", ", allowed);
            errors.add(FieldError.query(parameter, "unknown-code",
                    LocalizedText.of("“%s”不是本活动的取值，可选：%s。", "'%s' is not one of this campaign's values: %s.")
                            .formatted(value.get(), codes)));
        }
        return value;
    }
}
