package org.gongjiang.voting.dynamodb;

import static org.gongjiang.platform.dynamodb.Attributes.string;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.Receipts;
import org.gongjiang.voting.model.VoteEvent;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Ballot items of VotesTable, as read back by the voter and as seen on the table's stream.
 *
 * <p>Attributes: {@code cid} campaign, {@code d} voting day, {@code n} votes cast that day,
 * {@code c:<candidateId>} the receipt of the vote for that candidate (its time part is castAt),
 * {@code expiresAt} the TTL. Names are short because every vote rewrites the whole item and is billed
 * by its size.
 */
final class BallotItemMapper {

    static final String CAMPAIGN = "cid";
    static final String DAY = "d";
    static final String VOTES_CAST = "n";
    static final String EXPIRES_AT = "expiresAt";

    private BallotItemMapper() {
    }

    static DailyBallot fromItem(Map<String, AttributeValue> item) {
        List<DailyBallot.Entry> entries = new ArrayList<>();
        receipts(item).forEach((candidateId, receipt) ->
                entries.add(new DailyBallot.Entry(candidateId, receipt, Receipts.castAtOf(receipt))));
        return new DailyBallot(string(item, CAMPAIGN), LocalDate.parse(string(item, DAY)), entries);
    }

    /**
     * Reads a stream record of a ballot (NEW_AND_OLD_IMAGES). A vote is a change that adds exactly one
     * candidate with a valid receipt and raises {@code n} by one; anything else (a TTL deletion, a
     * repair by hand, an unreadable image) is no vote and counts for nothing, so it cannot block the
     * stream either. {@code n} going from 0 to 1 is the voter's first vote of the day.
     */
    static LaneFolder.Change<VoteEvent> fromStreamImages(StreamPosition position, Map<String, AttributeValue> oldImage,
                                           Map<String, AttributeValue> newImage) {
        if (newImage == null) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
        Map<String, AttributeValue> before = oldImage == null ? Map.of() : oldImage;
        Optional<String> campaign = Attributes.optionalString(newImage, CAMPAIGN);
        Optional<LocalDate> day = Attributes.optionalString(newImage, DAY).flatMap(BallotItemMapper::date);
        long votesBefore = Attributes.numberOrZero(before, VOTES_CAST);
        long votesAfter = Attributes.numberOrZero(newImage, VOTES_CAST);
        Map<String, String> added = new HashMap<>(receipts(newImage));
        added.keySet().removeAll(receipts(before).keySet());
        if (campaign.isEmpty() || day.isEmpty() || votesAfter != votesBefore + 1 || added.size() != 1) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
        Map.Entry<String, String> vote = added.entrySet().iterator().next();
        if (!Receipts.isReceipt(vote.getValue())) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
        return new LaneFolder.Change<>(position, Optional.of(new VoteEvent(campaign.get(), vote.getKey(), day.get(),
                Receipts.castAtOf(vote.getValue()), votesAfter == 1)));
    }

    /** The receipt of every candidate on the ballot, by candidate id. */
    private static Map<String, String> receipts(Map<String, AttributeValue> item) {
        Map<String, String> receipts = new HashMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith(BallotKeys.CANDIDATE_PREFIX) && value.s() != null) {
                receipts.put(name.substring(BallotKeys.CANDIDATE_PREFIX.length()), value.s());
            }
        });
        return receipts;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
