package org.gongjiang.integrity.dynamodb;

import java.time.Duration;
import java.time.Instant;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.integrity.application.AuditService;
import org.gongjiang.integrity.application.IntegrityDetection;
import org.gongjiang.integrity.application.VoteWatch;
import org.gongjiang.platform.aws.Environment;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.voting.dynamodb.DynamoPublishedVoidStore;
import org.gongjiang.voting.dynamodb.VotingWiring;

/** The integrity capability's real collaborators, built from the function's environment. */
public final class IntegrityWiring {

    public static final String INTEGRITY_TABLE = "INTEGRITY_TABLE";
    /** How long after a window's end it is evaluated (ISO 8601): the stream's usual lag, and some. */
    public static final String WATCH_SETTLE = "WATCH_SETTLE";

    private IntegrityWiring() {
    }

    private static Duration settle() {
        return Duration.parse(Environment.optional(WATCH_SETTLE).orElse("PT2M"));
    }

    private static DynamoWatchLog log(CampaignDirectory campaigns) {
        return new DynamoWatchLog(Wiring.dynamo(), Wiring.table(INTEGRITY_TABLE), settle(), Wiring.clock(),
                campaignId -> campaigns.campaign(campaignId).map(Campaign::personalDataExpiresAt)
                        .orElse(Instant.now().plus(Duration.ofDays(400))));
    }

    public static VoteWatch watch() {
        return new VoteWatch(log(CampaignWiring.campaigns()), Wiring.clock());
    }

    public static IntegrityDetection detection() {
        CampaignDirectory campaigns = CampaignWiring.campaigns();
        return new IntegrityDetection(campaigns, log(campaigns), store(), settle(), Wiring.clock());
    }

    public static AuditService auditService() {
        CampaignDirectory campaigns = CampaignWiring.campaigns();
        return new AuditService(campaigns, store(), log(campaigns), VotingWiring.ballots(), VotingWiring.suspensions(),
                new DynamoPublishedVoidStore(Wiring.dynamo(), Wiring.table(Wiring.COUNTERS_TABLE)), Wiring.clock());
    }

    private static DynamoIntegrityStore store() {
        return new DynamoIntegrityStore(Wiring.dynamo(), Wiring.table(INTEGRITY_TABLE));
    }
}
