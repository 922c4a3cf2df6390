package org.gongjiang.review.dynamodb;

import java.util.Optional;
import org.gongjiang.attachment.dynamodb.AttachmentWiring;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.nomination.dynamodb.NominationWiring;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.review.application.NomineePhotos;
import org.gongjiang.review.application.NoticeService;
import org.gongjiang.review.application.RankingService;
import org.gongjiang.review.application.ReviewService;
import org.gongjiang.voting.dynamodb.VotingWiring;

/** The review capability's real collaborators, built from the function's environment. */
public final class ReviewWiring {

    private ReviewWiring() {
    }

    /** The review steps; {@code publishing} for the function that can make a finalist (a ballot entry). */
    public static ReviewService reviewService(boolean publishing) {
        return new ReviewService(CampaignWiring.campaigns(), NominationWiring.nominations(), reviews(publishing),
                publishing ? AttachmentWiring.checkedPhotos()::test : NomineePhotos.NONE, Wiring.clock());
    }

    /** The public notice; {@code objections} for the function that takes them (it hashes the objector's login). */
    public static NoticeService noticeService(boolean objections) {
        return new NoticeService(CampaignWiring.campaigns(), NominationWiring.nominations(), reviews(false),
                objections ? VotingWiring.voterHasher() : Wiring.withheld("this function takes no objections"),
                objections ? NomineePhotos.NONE : AttachmentWiring.checkedPhotos()::test, Wiring.clock());
    }

    public static RankingService rankingService() {
        return new RankingService(CampaignWiring.campaigns(), NominationWiring.nominations(), VotingWiring.voteCounters(),
                Wiring.clock());
    }

    private static DynamoReviewStore reviews(boolean publishing) {
        return new DynamoReviewStore(Wiring.dynamo(), Wiring.table(Wiring.NOMINATIONS_TABLE), Wiring.table(Wiring.CAMPAIGNS_TABLE),
                publishing ? Optional.of(Wiring.table(Wiring.CANDIDATES_TABLE)) : Optional.empty());
    }
}
