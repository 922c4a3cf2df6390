package org.gongjiang.voting.dynamodb;

import java.util.function.Supplier;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.voting.application.CandidateDirectory;
import org.gongjiang.voting.application.CandidateService;
import org.gongjiang.voting.application.SuspendedVoters;
import org.gongjiang.voting.application.VoteAggregator;
import org.gongjiang.voting.application.VotingService;
import org.gongjiang.voting.model.VoterHasher;

/** The voting capability's real collaborators, built from the function's environment. */
public final class VotingWiring {

    private VotingWiring() {
    }

    public static DynamoCandidateStore candidateStore() {
        return new DynamoCandidateStore(Wiring.dynamo(), Wiring.table(Wiring.CANDIDATES_TABLE));
    }

    /** The published ballots through the per-container cache. */
    public static CandidateDirectory candidates() {
        return new CandidateDirectory(candidateStore(), Wiring.clock(), Wiring.directoryCache());
    }

    public static DynamoVoteCounterStore voteCounters() {
        return new DynamoVoteCounterStore(Wiring.dynamo(), Wiring.table(Wiring.COUNTERS_TABLE));
    }

    public static CandidateService candidateService() {
        return new CandidateService(CampaignWiring.campaigns(), candidates());
    }

    /** The vote, with the keys of the voter-hash secret ({@code keys}: the handler's own, read once). */
    public static VotingService votingService(Supplier<VoterHasher> keys) {
        return new VotingService(CampaignWiring.campaigns(), candidates(), ballots(), suspendedVoters(), keys, Wiring.clock());
    }

    public static DynamoBallotStore ballots() {
        return new DynamoBallotStore(Wiring.dynamo(), Wiring.table(Wiring.VOTES_TABLE));
    }

    public static DynamoSuspensionStore suspensions() {
        return new DynamoSuspensionStore(Wiring.dynamo(), Wiring.table(Wiring.VOTES_TABLE));
    }

    public static SuspendedVoters suspendedVoters() {
        return new SuspendedVoters(suspensions(), Wiring.clock(), Wiring.directoryCache());
    }

    public static VoteAggregator aggregator() {
        return new VoteAggregator(voteCounters(), Wiring.clock());
    }

    /** Logins hashed with the Secrets Manager key the function is given (voters, objectors), built on first use. */
    public static Supplier<VoterHasher> voterHasher() {
        Supplier<String> key = Wiring.secret(Wiring.VOTER_HASH_KEY_SECRET_ARN);
        return Wiring.memoize(() -> VoterHasher.fromSecret(key.get()));
    }
}
