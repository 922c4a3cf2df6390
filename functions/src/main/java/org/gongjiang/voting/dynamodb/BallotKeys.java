package org.gongjiang.voting.dynamodb;

import java.time.LocalDate;
import java.util.Map;
import org.gongjiang.voting.model.VoterId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys of VotesTable: one item per voter per campaign per voting day ("ballot"), so that the daily quota
 * and the one-vote-per-candidate rule are conditions on a single item. The voter hash spreads ballots
 * evenly over partitions.
 */
final class BallotKeys {

    static final String PARTITION_KEY = "ballotId";
    /** Per-candidate attributes hold the receipt of the vote for that candidate. */
    static final String CANDIDATE_PREFIX = "c:";

    private BallotKeys() {
    }

    static Map<String, AttributeValue> key(String campaignId, LocalDate day, VoterId voter) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(campaignId + "#" + day + "#" + voter.hash()));
    }

    static String candidateAttribute(String candidateId) {
        return CANDIDATE_PREFIX + candidateId;
    }
}
