package org.gongjiang.voting.dynamodb;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.voting.model.VoterId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys of VotesTable: one item per voter per campaign per voting day ("ballot"), so that the daily quota
 * and the one-vote-per-candidate rule are conditions on a single item. The voter hash spreads ballots
 * evenly over partitions. Beside the ballots, one item per campaign lists its suspended voters.
 */
public final class BallotKeys {

    public static final String PARTITION_KEY = "ballotId";
    /** Per-candidate attributes hold the vote for that candidate (its time, nonce and signals). */
    public static final String CANDIDATE_PREFIX = "c:";
    /** Per-candidate attributes that name the void taking the vote out of the count. */
    public static final String VOID_PREFIX = "v:";

    private BallotKeys() {
    }

    public static Map<String, AttributeValue> key(String campaignId, LocalDate day, VoterId voter) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(campaignId + "#" + day + "#" + voter.hash()));
    }

    /** The voter of a ballot's key, read back from an item (the stream gives the whole item). */
    public static Optional<VoterId> voterOf(Map<String, AttributeValue> item) {
        AttributeValue key = item.get(PARTITION_KEY);
        if (key == null || key.s() == null || key.s().lastIndexOf('#') < 0) {
            return Optional.empty();
        }
        return Optional.of(new VoterId(key.s().substring(key.s().lastIndexOf('#') + 1)));
    }

    static Map<String, AttributeValue> suspended(String campaignId) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS("suspended#" + campaignId));
    }

    static String candidateAttribute(String candidateId) {
        return CANDIDATE_PREFIX + candidateId;
    }

    static String voidAttribute(String candidateId) {
        return VOID_PREFIX + candidateId;
    }
}
