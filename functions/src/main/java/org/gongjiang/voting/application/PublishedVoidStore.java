package org.gongjiang.voting.application;

import java.util.List;
import org.gongjiang.voting.model.PublishedVoid;

/** The public log of voids, kept beside the vote counters (so that a statistics snapshot freezes it with them). */
public interface PublishedVoidStore {

    /** Publishes (or, for a restoration, publishes again) a void. */
    void publish(String campaignId, PublishedVoid published);

    List<PublishedVoid> published(String campaignId);
}
