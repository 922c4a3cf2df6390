package org.gongjiang.stats.dynamodb;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.nomination.dynamodb.NominationItemMapper;
import org.gongjiang.nomination.dynamodb.NominationKeys;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.platform.dynamodb.StreamImages;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.stats.model.NominationChange;

/** Records of NominationsTable's stream, read as the nomination statistics see them. */
public final class NominationStreamRecords {

    private NominationStreamRecords() {
    }

    /**
     * A nomination item inserted or changed (its old and new image). Removals are no change:
     * nominations are never deleted, and personal data expiring by TTL must leave the anonymous counts
     * as they are. Other items (audit, markers, scores) and unreadable images count for nothing.
     */
    public static LaneFolder.Change<NominationChange> change(StreamPosition position, String eventName,
                                                             Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage) {
        if ("REMOVE".equals(eventName) || newImage == null) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
        var after = StreamImages.toSdk(newImage);
        var sortKey = after.get(NominationKeys.SORT_KEY);
        if (sortKey == null || sortKey.s() == null || !sortKey.s().startsWith(NominationKeys.NOMINATION_PREFIX)) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
        try {
            Optional<Nomination> before = Optional.ofNullable(StreamImages.toSdk(oldImage)).map(NominationItemMapper::fromItem);
            return new LaneFolder.Change<>(position, Optional.of(NominationChange.of(before,
                    Optional.of(NominationItemMapper.fromItem(after)))));
        } catch (RuntimeException unreadable) {
            return new LaneFolder.Change<>(position, Optional.empty());
        }
    }
}
