package org.gongjiang.nomination.dynamodb;

import java.util.function.Supplier;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.model.KeyedHasher;

/** The nomination capability's real collaborators, built from the function's environment. */
public final class NominationWiring {

    private NominationWiring() {
    }

    public static DynamoNominationStore nominations() {
        return new DynamoNominationStore(Wiring.dynamo(), Wiring.table(Wiring.NOMINATIONS_TABLE), Wiring.table(Wiring.CAMPAIGNS_TABLE));
    }

    /** Nominations for the functions that take identity numbers (submit, amend): they hold the personal data key. */
    public static NominationService nominationService() {
        return new NominationService(CampaignWiring.campaigns(), nominations(), personalDataHasher(), Wiring.clock());
    }

    /** Nominations for the functions that never see an identity number: no personal data key for them. */
    public static NominationService nominationReader() {
        return new NominationService(CampaignWiring.campaigns(), nominations(),
                Wiring.withheld("this function has no personal data key"), Wiring.clock());
    }

    /** The keyed hasher of identity numbers, keyed with its own Secrets Manager secret, built on first use. */
    private static Supplier<KeyedHasher> personalDataHasher() {
        Supplier<String> key = Wiring.secret(Wiring.PERSONAL_DATA_KEY_SECRET_ARN);
        return Wiring.memoize(() -> KeyedHasher.fromSecret(key.get()));
    }
}
