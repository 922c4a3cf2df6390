package org.gongjiang.attachment.application;

import java.util.List;
import java.util.Optional;
import org.gongjiang.attachment.model.Attachment;

/** Nominations' files as records (what they are, where they are, whether checked); the bytes are in the {@link ObjectStore}. */
public interface AttachmentStore {

    /** Stores a new PENDING attachment (its id is new: the write is conditional on no item under it). */
    void create(Attachment attachment);

    Optional<Attachment> find(String campaignId, String nominationId, String attachmentId);

    List<Attachment> list(String campaignId, String nominationId);

    /** Marks a PENDING attachment STORED; false if it was not PENDING any more (a concurrent completion). */
    boolean markStored(Attachment stored);

    void delete(Attachment attachment);
}
