package org.gongjiang.voting.dynamodb;

import static org.gongjiang.platform.dynamodb.Attributes.string;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.voting.model.BallotEntry;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.VoteEvent;
import org.gongjiang.voting.model.VoterId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Ballot items of VotesTable, as read back by the voter and as seen on the table's stream.
 *
 * <p>Attributes: {@code cid} campaign, {@code d} voting day, {@code n} votes cast that day,
 * {@code c:<candidateId>} the vote for that candidate ({@link BallotEntry}: time, nonce, signals),
 * {@code v:<candidateId>} the void that took it out of the count, {@code expiresAt} the TTL. Names are
 * short because every vote rewrites the whole item and is billed by its size.
 */
public final class BallotItemMapper {

    static final String CAMPAIGN = "cid";
    static final String DAY = "d";
    static final String VOTES_CAST = "n";
    static final String EXPIRES_AT = "expiresAt";

    private BallotItemMapper() {
    }

    static DailyBallot fromItem(Map<String, AttributeValue> item) {
        List<DailyBallot.Entry> entries = new ArrayList<>();
        Map<String, String> voids = prefixed(item, BallotKeys.VOID_PREFIX);
        entries(item).forEach((candidateId, entry) ->
                entries.add(new DailyBallot.Entry(candidateId, entry, Optional.ofNullable(voids.get(candidateId)))));
        return new DailyBallot(string(item, CAMPAIGN), LocalDate.parse(string(item, DAY)), entries);
    }

    /** A vote cast, as a stream record shows it: whose ballot, for whom, and the vote as stored. */
    public record Cast(String campaignId, LocalDate day, VoterId voter, String candidateId, BallotEntry entry) {
    }

    /**
     * Reads a stream record of a ballot (NEW_AND_OLD_IMAGES) as the counters see it. A vote cast is a
     * change that adds exactly one candidate with a readable vote and raises {@code n} by one; a void
     * adds one {@code v:} mark to a vote there was, a restoration takes one away. Anything else (a TTL
     * deletion, a repair by hand, the list of suspended voters, an unreadable image) counts for nothing,
     * so it cannot block the stream either. The day's voters move when the voter's count of votes that
     * count leaves or reaches zero.
     */
    static LaneFolder.Change<VoteEvent> fromStreamImages(StreamPosition position, Map<String, AttributeValue> oldImage,
                                                         Map<String, AttributeValue> newImage) {
        Optional<VoteEvent> event = Optional.empty();
        if (newImage != null) {
            Map<String, AttributeValue> before = oldImage == null ? Map.of() : oldImage;
            Optional<String> campaign = Attributes.optionalString(newImage, CAMPAIGN);
            Optional<LocalDate> day = Attributes.optionalString(newImage, DAY).flatMap(BallotItemMapper::date);
            if (campaign.isPresent() && day.isPresent()) {
                event = cast(before, newImage, campaign.get(), day.get()).map(Cast::candidateId)
                        .map(candidate -> VoteEvent.cast(campaign.get(), candidate, day.get(),
                                entries(newImage).get(candidate).castAt(), valid(before) == 0))
                        .or(() -> voidChange(before, newImage, campaign.get(), day.get()));
            }
        }
        return new LaneFolder.Change<>(position, event);
    }

    /** The vote a stream record casts, if it casts one (see {@link #fromStreamImages}). */
    public static Optional<Cast> castFromImages(Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage) {
        if (newImage == null) {
            return Optional.empty();
        }
        Optional<String> campaign = Attributes.optionalString(newImage, CAMPAIGN);
        Optional<LocalDate> day = Attributes.optionalString(newImage, DAY).flatMap(BallotItemMapper::date);
        if (campaign.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        return cast(oldImage == null ? Map.of() : oldImage, newImage, campaign.get(), day.get());
    }

    private static Optional<Cast> cast(Map<String, AttributeValue> before, Map<String, AttributeValue> after, String campaign,
                                       LocalDate day) {
        Map<String, BallotEntry> added = new HashMap<>(entries(after));
        added.keySet().removeAll(prefixed(before, BallotKeys.CANDIDATE_PREFIX).keySet());
        long votesBefore = Attributes.numberOrZero(before, VOTES_CAST);
        long votesAfter = Attributes.numberOrZero(after, VOTES_CAST);
        Optional<VoterId> voter = BallotKeys.voterOf(after);
        if (added.size() != 1 || votesAfter != votesBefore + 1 || voter.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<String, BallotEntry> vote = added.entrySet().iterator().next();
        return Optional.of(new Cast(campaign, day, voter.get(), vote.getKey(), vote.getValue()));
    }

    private static Optional<VoteEvent> voidChange(Map<String, AttributeValue> before, Map<String, AttributeValue> after,
                                                  String campaign, LocalDate day) {
        Map<String, BallotEntry> votes = entries(after);
        if (!votes.keySet().equals(entries(before).keySet())) {
            return Optional.empty();
        }
        Set<String> voidedBefore = new HashSet<>(prefixed(before, BallotKeys.VOID_PREFIX).keySet());
        Set<String> voidedAfter = new HashSet<>(prefixed(after, BallotKeys.VOID_PREFIX).keySet());
        voidedBefore.retainAll(votes.keySet());
        voidedAfter.retainAll(votes.keySet());
        Set<String> voided = new HashSet<>(voidedAfter);
        voided.removeAll(voidedBefore);
        Set<String> restored = new HashSet<>(voidedBefore);
        restored.removeAll(voidedAfter);
        if (voided.size() == 1 && restored.isEmpty()) {
            String candidate = voided.iterator().next();
            return Optional.of(VoteEvent.voided(campaign, candidate, day, votes.get(candidate).castAt(), valid(after) == 0));
        }
        if (restored.size() == 1 && voided.isEmpty()) {
            String candidate = restored.iterator().next();
            return Optional.of(VoteEvent.restored(campaign, candidate, day, votes.get(candidate).castAt(), valid(before) == 0));
        }
        return Optional.empty();
    }

    /** How many of a ballot's votes count (cast and not voided). */
    private static int valid(Map<String, AttributeValue> item) {
        Map<String, BallotEntry> votes = entries(item);
        Set<String> voided = new HashSet<>(prefixed(item, BallotKeys.VOID_PREFIX).keySet());
        voided.retainAll(votes.keySet());
        return votes.size() - voided.size();
    }

    /** Every readable vote on the ballot, by candidate id. */
    static Map<String, BallotEntry> entries(Map<String, AttributeValue> item) {
        Map<String, BallotEntry> entries = new HashMap<>();
        prefixed(item, BallotKeys.CANDIDATE_PREFIX).forEach((candidate, text) ->
                BallotEntry.decode(text).ifPresent(entry -> entries.put(candidate, entry)));
        return entries;
    }

    private static Map<String, String> prefixed(Map<String, AttributeValue> item, String prefix) {
        Map<String, String> values = new HashMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith(prefix) && value.s() != null) {
                values.put(name.substring(prefix.length()), value.s());
            }
        });
        return values;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
