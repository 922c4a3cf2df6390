package org.gongjiang.integrity.dynamodb;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongjiang.integrity.model.WatchedVote;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.voting.dynamodb.DynamoBallotStore;

/** Records of VotesTable's stream as the watch sees them: each vote cast, with its voter and signals; nothing else. */
public final class WatchStreamRecords {

    private static final Pattern VOTER_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private WatchStreamRecords() {
    }

    public static LaneFolder.Change<WatchedVote> change(StreamPosition position, String eventName, Map<String, AttributeValue> oldImage,
                                                        Map<String, AttributeValue> newImage) {
        if ("REMOVE".equals(eventName)) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
        return new LaneFolder.Change<>(position, DynamoBallotStore.castFromStream(oldImage, newImage)
                // a ballot written by hand under another kind of key is no voter's: nothing to watch
                .filter(cast -> VOTER_ID.matcher(cast.voter().hash()).matches())
                .map(cast -> new WatchedVote(cast.campaignId(), cast.voter(), cast.candidateId(), cast.entry().castAt(),
                        cast.entry().signals())));
    }
}
