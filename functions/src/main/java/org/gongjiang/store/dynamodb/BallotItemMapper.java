package org.gongjiang.store.dynamodb;

import static org.gongjiang.store.dynamodb.Attributes.string;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.domain.DailyBallot;
import org.gongjiang.domain.Receipts;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.domain.StreamedChange;
import org.gongjiang.domain.VoteEvent;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Ballot items of VotesTable, as read back by the voter and as seen on the table's stream.
 *
 * <p>Attributes: {@code cid} campaign, {@code d} voting day, {@code n} votes cast that day,
 * {@code last} the candidate of the latest vote, {@code c:<candidateId>} the receipt of the vote for
 * that candidate (its time part is castAt), {@code expiresAt} the TTL. Names are short because every
 * vote rewrites the whole item and is billed by its size.
 */
final class BallotItemMapper {

    static final String CAMPAIGN = "cid";
    static final String DAY = "d";
    static final String VOTES_CAST = "n";
    static final String LAST_CANDIDATE = "last";
    static final String EXPIRES_AT = "expiresAt";

    private BallotItemMapper() {
    }

    static DailyBallot fromItem(Map<String, AttributeValue> item) {
        List<DailyBallot.Entry> entries = new ArrayList<>();
        item.forEach((name, value) -> {
            if (name.startsWith(BallotKeys.CANDIDATE_PREFIX) && value.s() != null) {
                String candidateId = name.substring(BallotKeys.CANDIDATE_PREFIX.length());
                entries.add(new DailyBallot.Entry(candidateId, value.s(), Receipts.castAtOf(value.s())));
            }
        });
        return new DailyBallot(string(item, CAMPAIGN), LocalDate.parse(string(item, DAY)), entries);
    }

    /**
     * Reads a stream record's new image. Each accepted vote is one update of its ballot, so each
     * INSERT/MODIFY image describes exactly one vote: the one for {@code last}, the n-th of the day.
     * Images without these attributes are not votes and count for nothing.
     */
    static StreamedChange fromStreamImage(StreamPosition position, Map<String, AttributeValue> newImage) {
        if (newImage == null) {
            return StreamedChange.other(position);
        }
        Optional<String> campaign = Attributes.optionalString(newImage, CAMPAIGN);
        Optional<String> day = Attributes.optionalString(newImage, DAY);
        Optional<String> candidate = Attributes.optionalString(newImage, LAST_CANDIDATE);
        long votesCast = Attributes.numberOrZero(newImage, VOTES_CAST);
        if (campaign.isEmpty() || day.isEmpty() || candidate.isEmpty() || votesCast < 1) {
            return StreamedChange.other(position);
        }
        Optional<String> receipt = Attributes.optionalString(newImage, BallotKeys.candidateAttribute(candidate.get()));
        if (receipt.isEmpty() || !Receipts.isReceipt(receipt.get())) {
            return StreamedChange.other(position);
        }
        return StreamedChange.vote(position, new VoteEvent(campaign.get(), candidate.get(), LocalDate.parse(day.get()),
                Receipts.castAtOf(receipt.get()), votesCast == 1));
    }
}
