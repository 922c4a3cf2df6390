package org.gongjiang.handler;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongjiang.domain.CampaignDirectory;
import org.gongjiang.domain.CandidateDirectory;
import org.gongjiang.domain.KeyedHasher;
import org.gongjiang.domain.NominationService;
import org.gongjiang.domain.NoticeService;
import org.gongjiang.domain.RankingService;
import org.gongjiang.domain.ReviewService;
import org.gongjiang.domain.Receipts;
import org.gongjiang.domain.VoterHasher;
import org.gongjiang.store.dynamodb.DynamoBallotStore;
import org.gongjiang.store.dynamodb.DynamoCampaignStore;
import org.gongjiang.store.dynamodb.DynamoCandidateStore;
import org.gongjiang.store.dynamodb.DynamoDbClients;
import org.gongjiang.store.dynamodb.DynamoNominationStore;
import org.gongjiang.store.dynamodb.DynamoNominationCounterStore;
import org.gongjiang.store.dynamodb.DynamoStatsStore;
import org.gongjiang.store.dynamodb.DynamoVoteCounterStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the real collaborators of the handlers' no-arg constructors from the function's environment.
 * Each table a function uses is named by one variable, which template.yaml sets from the table's Ref;
 * a test checks that a function's policies cover exactly the tables whose variables it reads.
 */
final class Wiring {

    static final String CAMPAIGNS_TABLE = "CAMPAIGNS_TABLE";
    static final String CANDIDATES_TABLE = "CANDIDATES_TABLE";
    static final String VOTES_TABLE = "VOTES_TABLE";
    static final String COUNTERS_TABLE = "COUNTERS_TABLE";
    static final String VOTER_HASH_KEY_SECRET_ARN = "VOTER_HASH_KEY_SECRET_ARN";
    static final String NOMINATIONS_TABLE = "NOMINATIONS_TABLE";
    static final String PERSONAL_DATA_KEY_SECRET_ARN = "PERSONAL_DATA_KEY_SECRET_ARN";
    static final String DIRECTORY_CACHE_SECONDS = "DIRECTORY_CACHE_SECONDS";

    private Wiring() {
    }

    static DynamoDbClient dynamo() {
        return DynamoDbClients.shared(Environment.optional("AWS_REGION").orElse(null),
                Environment.optional("DYNAMODB_ENDPOINT").orElse(null));
    }

    static Clock clock() {
        return Environment.clock();
    }

    static DynamoCampaignStore campaignStore(DynamoDbClient dynamo) {
        return new DynamoCampaignStore(dynamo, Environment.require(CAMPAIGNS_TABLE));
    }

    static CampaignDirectory campaigns(DynamoDbClient dynamo) {
        return new CampaignDirectory(campaignStore(dynamo), clock(), directoryCache());
    }

    static CandidateDirectory candidates(DynamoDbClient dynamo) {
        return new CandidateDirectory(candidateStore(dynamo), clock(), directoryCache());
    }

    static DynamoCandidateStore candidateStore(DynamoDbClient dynamo) {
        return new DynamoCandidateStore(dynamo, Environment.require(CANDIDATES_TABLE));
    }

    private static Duration directoryCache() {
        return Duration.ofSeconds(Environment.optional(DIRECTORY_CACHE_SECONDS).map(Long::parseLong).orElse(30L));
    }

    static DynamoBallotStore ballots(DynamoDbClient dynamo) {
        return new DynamoBallotStore(dynamo, Environment.require(VOTES_TABLE));
    }

    static DynamoStatsStore stats(DynamoDbClient dynamo) {
        return new DynamoStatsStore(dynamo, Environment.require(COUNTERS_TABLE));
    }

    static DynamoNominationCounterStore nominationCounters(DynamoDbClient dynamo) {
        return new DynamoNominationCounterStore(dynamo, Environment.require(COUNTERS_TABLE));
    }

    static DynamoVoteCounterStore counters(DynamoDbClient dynamo) {
        return new DynamoVoteCounterStore(dynamo, Environment.require(COUNTERS_TABLE));
    }

    /** The voter hasher, keyed with the Secrets Manager secret the function is given, built on first use. */
    static Supplier<VoterHasher> voterHasher() {
        Supplier<String> key = SecretsManagerSecrets.value(Environment.require(VOTER_HASH_KEY_SECRET_ARN),
                Environment.optional("AWS_REGION").orElse(null), Environment.optional("SECRETSMANAGER_ENDPOINT").orElse(null));
        return memoize(() -> VoterHasher.fromSecret(key.get()));
    }

    /** The keyed hasher of identity numbers, keyed with its own Secrets Manager secret, built on first use. */
    static Supplier<KeyedHasher> personalDataHasher() {
        Supplier<String> key = SecretsManagerSecrets.value(Environment.require(PERSONAL_DATA_KEY_SECRET_ARN),
                Environment.optional("AWS_REGION").orElse(null), Environment.optional("SECRETSMANAGER_ENDPOINT").orElse(null));
        return memoize(() -> KeyedHasher.fromSecret(key.get()));
    }

    /** Nominations, for functions that do not publish finalists. */
    static DynamoNominationStore nominations(DynamoDbClient dynamo) {
        return new DynamoNominationStore(dynamo, Environment.require(NOMINATIONS_TABLE), Environment.require(CAMPAIGNS_TABLE),
                Optional.empty());
    }

    /** Nominations, for the review functions (a finalist is published to the ballot). */
    static DynamoNominationStore nominationsPublishing(DynamoDbClient dynamo) {
        return new DynamoNominationStore(dynamo, Environment.require(NOMINATIONS_TABLE), Environment.require(CAMPAIGNS_TABLE),
                Optional.of(Environment.require(CANDIDATES_TABLE)));
    }

    /** Nominations for functions that take identity numbers (submit, amend): they hold the personal data key. */
    static NominationService nominationService(DynamoDbClient dynamo) {
        DynamoNominationStore store = nominations(dynamo);
        return new NominationService(campaigns(dynamo), store, store, personalDataHasher(), clock());
    }

    /** Nominations for functions that never see an identity number: no personal data key for them. */
    static NominationService nominationReader(DynamoDbClient dynamo) {
        DynamoNominationStore store = nominations(dynamo);
        return new NominationService(campaigns(dynamo), store, store, () -> {
            throw new IllegalStateException("this function has no personal data key");
        }, clock());
    }

    /** The review steps; {@code publishing} for the functions that can make a finalist (a ballot entry). */
    static ReviewService reviewService(DynamoDbClient dynamo, boolean publishing) {
        DynamoNominationStore store = publishing ? nominationsPublishing(dynamo) : nominations(dynamo);
        return new ReviewService(campaigns(dynamo), store, store, clock());
    }

    static NoticeService noticeService(DynamoDbClient dynamo, boolean objections) {
        DynamoNominationStore store = nominations(dynamo);
        Supplier<VoterHasher> objectors = objections ? voterHasher() : () -> {
            throw new IllegalStateException("this function takes no objections");
        };
        return new NoticeService(campaigns(dynamo), store, store, objectors, clock());
    }

    static RankingService rankingService(DynamoDbClient dynamo) {
        return new RankingService(campaigns(dynamo), nominations(dynamo), counters(dynamo), clock());
    }

    static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    static Receipts receipts() {
        return new Receipts();
    }
}
