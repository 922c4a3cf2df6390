package org.gongjiang.attachment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.attachment.model.Attachment;
import org.gongjiang.attachment.model.AttachmentKind;
import org.gongjiang.attachment.model.AttachmentMessages;
import org.gongjiang.attachment.model.AttachmentStatus;
import org.gongjiang.attachment.model.FileInspection;
import org.gongjiang.attachment.model.FileType;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.application.NominationStore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationAccess;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.Role;
import org.gongjiang.platform.model.UnprocessableException;

/**
 * A nomination's photo and supporting documents. The clerk of the nominating enterprise asks for an
 * upload (a pre-signed PUT of one file, of the declared size and type, for a few minutes) while the
 * nomination may still be amended, then says it is done: the function reads the upload, checks it
 * ({@link FileInspection}), keeps the clean file under another key and deletes the upload; a refused
 * upload is deleted and nothing is kept. The review office and the assigned experts read the files
 * through short-lived pre-signed GETs; the photo of a nominee who consented to publication is served
 * to the public while the nomination is on notice or on the ballot.
 */
public final class AttachmentService {

    public static final Duration UPLOAD_LIFETIME = Duration.ofMinutes(10);
    public static final Duration DOWNLOAD_LIFETIME = Duration.ofMinutes(5);

    private final CampaignDirectory campaigns;
    private final NominationService nominations;
    private final NominationStore nominationStore;
    private final AttachmentStore store;
    private final ObjectStore objects;
    private final Clock clock;

    public AttachmentService(CampaignDirectory campaigns, NominationService nominations, NominationStore nominationStore,
                             AttachmentStore store, ObjectStore objects, Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.nominationStore = nominationStore;
        this.store = store;
        this.objects = objects;
        this.clock = clock;
    }

    /** What the clerk asks to upload (shape already checked by the handler). */
    public record UploadRequest(AttachmentKind kind, FileType type, long size, String fileName) {
    }

    /** A new attachment and where to PUT its content. */
    public record Upload(Attachment attachment, ObjectStore.PresignedRequest request) {
    }

    /** An attachment as its reader sees it: with a download link for the review office and assigned experts. */
    public record Visible(Attachment attachment, Optional<ObjectStore.PresignedRequest> download) {
    }

    /** A public photo's bytes. */
    public record Photo(FileType type, byte[] content) {
    }

    public Upload requestUpload(Actor actor, String campaignId, String nominationId, UploadRequest request) {
        actor.require(Role.ENTERPRISE);
        Nomination nomination = amendable(actor, campaignId, nominationId);
        if (request.kind() == AttachmentKind.DOCUMENT) {
            long documents = store.list(campaignId, nominationId).stream()
                    .filter(a -> a.kind() == AttachmentKind.DOCUMENT).count();
            if (documents >= AttachmentKind.MAX_DOCUMENTS) {
                throw new ConflictException("too-many-documents", AttachmentMessages.TOO_MANY_DOCUMENTS_TITLE.text(),
                        AttachmentMessages.TOO_MANY_DOCUMENTS_DETAIL.text(AttachmentKind.MAX_DOCUMENTS),
                        Map.of("maxDocuments", AttachmentKind.MAX_DOCUMENTS));
            }
        }
        Instant now = clock.instant();
        Attachment attachment = new Attachment(campaignId, nominationId, newAttachmentId(), request.kind(), request.type(),
                request.size(), request.fileName(), AttachmentStatus.PENDING, 0, actor.subject(), now, Optional.empty(),
                nomination.expiresAt());
        store.create(attachment);
        ObjectStore.PresignedRequest put = objects.presignUpload(attachment.uploadKey(), request.type().mediaType(),
                request.size(), UPLOAD_LIFETIME);
        return new Upload(attachment, put);
    }

    /**
     * Checks the upload and keeps the clean file. Twice is harmless: a stored attachment is answered as
     * it is. A refusal deletes the upload and the attachment's record, and says why (422).
     */
    public Attachment complete(Actor actor, String campaignId, String nominationId, String attachmentId) {
        actor.require(Role.ENTERPRISE);
        Nomination nomination = owned(actor, campaignId, nominationId);
        Attachment attachment = (isAttachmentId(attachmentId) ? store.find(campaignId, nominationId, attachmentId) : Optional.<Attachment>empty())
                .orElseThrow(() -> attachmentNotFound(nominationId, attachmentId));
        if (attachment.isStored()) {
            return attachment;
        }
        requireAmendable(nomination, campaignId);
        Optional<byte[]> upload = objects.read(attachment.uploadKey(), attachment.kind().maxBytes());
        if (upload.isEmpty()) {
            if (objects.size(attachment.uploadKey()).isPresent()) {
                return refuse(attachment, new FileInspection.Refused("size-mismatch",
                        AttachmentMessages.REFUSED_SIZE.text(objects.size(attachment.uploadKey()).get(), attachment.declaredSize())));
            }
            throw new ConflictException("upload-missing", AttachmentMessages.UPLOAD_MISSING_TITLE.text(),
                    AttachmentMessages.UPLOAD_MISSING_DETAIL.text(attachmentId), Map.of("attachmentId", attachmentId));
        }
        FileInspection.Outcome outcome = FileInspection.inspect(attachment.type(), attachment.declaredSize(), upload.get());
        if (outcome instanceof FileInspection.Refused refused) {
            return refuse(attachment, refused);
        }
        FileInspection.Accepted accepted = (FileInspection.Accepted) outcome;
        Attachment stored = attachment.stored(accepted.type(), accepted.content().length, clock.instant());
        objects.write(stored.storedKey(), accepted.content(), accepted.type().mediaType());
        if (!store.markStored(stored)) {
            // completed meanwhile by another call: that one's record stands, the same clean file under the same key
            objects.delete(attachment.uploadKey());
            return store.find(campaignId, nominationId, attachmentId).orElse(stored);
        }
        objects.delete(attachment.uploadKey());
        if (stored.kind() == AttachmentKind.PHOTO) {
            replaceEarlierPhotos(stored);
        }
        return stored;
    }

    private Attachment refuse(Attachment attachment, FileInspection.Refused refused) {
        objects.delete(attachment.uploadKey());
        store.delete(attachment);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("attachmentId", attachment.attachmentId());
        extensions.put("reason", refused.reason());
        throw new UnprocessableException("file-refused", AttachmentMessages.FILE_REFUSED_TITLE.text(), refused.detail(), extensions);
    }

    /** One photo per nomination: once a new one is checked, the older ones go. */
    private void replaceEarlierPhotos(Attachment photo) {
        for (Attachment earlier : store.list(photo.campaignId(), photo.nominationId())) {
            if (earlier.kind() == AttachmentKind.PHOTO && earlier.isStored() && !earlier.attachmentId().equals(photo.attachmentId())) {
                objects.delete(earlier.storedKey());
                store.delete(earlier);
            }
        }
    }

    /** The files of a nomination: everything for those who may read it; pending uploads only for the clerk. */
    public List<Visible> list(Actor actor, String campaignId, String nominationId) {
        NominationAccess access = nominations.get(actor, campaignId, nominationId).access();
        return store.list(campaignId, nominationId).stream()
                .filter(a -> a.isStored() || access == NominationAccess.ENTERPRISE)
                .sorted(Comparator.comparing(Attachment::createdAt).thenComparing(Attachment::attachmentId))
                .map(a -> visible(a, access))
                .toList();
    }

    public Visible get(Actor actor, String campaignId, String nominationId, String attachmentId) {
        NominationAccess access = nominations.get(actor, campaignId, nominationId).access();
        Attachment attachment = (isAttachmentId(attachmentId) ? store.find(campaignId, nominationId, attachmentId) : Optional.<Attachment>empty())
                .filter(a -> a.isStored() || access == NominationAccess.ENTERPRISE)
                .orElseThrow(() -> attachmentNotFound(nominationId, attachmentId));
        return visible(attachment, access);
    }

    private Visible visible(Attachment attachment, NominationAccess access) {
        boolean reader = access == NominationAccess.REVIEW_OFFICE || access == NominationAccess.EXPERT;
        return new Visible(attachment, reader && attachment.isStored()
                ? Optional.of(objects.presignDownload(attachment.storedKey(), attachment.fileName(), attachment.type().mediaType(),
                        DOWNLOAD_LIFETIME))
                : Optional.empty());
    }

    /** Whether the nomination has a checked photo (one record read; the bytes are not touched). */
    public static boolean hasCheckedPhoto(AttachmentStore store, String campaignId, String nominationId) {
        return store.list(campaignId, nominationId).stream().anyMatch(a -> a.kind() == AttachmentKind.PHOTO && a.isStored());
    }

    /** Where a public photo is asked for: on the notice board, or on the ballot. */
    public enum PublicPlace {
        NOTICE, BALLOT
    }

    /** The checked photo of a nominee who consented to publication, while on notice (or on the ballot); 404 otherwise. */
    public Photo publicPhoto(String campaignId, String nominationId, PublicPlace place) {
        NotFoundException notFound = new NotFoundException("photo-not-found",
                AttachmentMessages.PHOTO_NOT_FOUND.text(String.valueOf(campaignId), String.valueOf(nominationId)));
        if (!Ids.isCampaignId(campaignId) || !Ids.isCandidateId(nominationId)) {
            throw notFound;
        }
        Nomination nomination = nominationStore.find(campaignId, nominationId).orElseThrow(() -> notFound);
        boolean shown = place == PublicPlace.NOTICE
                ? nomination.status() == NominationStatus.ON_NOTICE
                : nomination.status() == NominationStatus.FINALIST || nomination.status() == NominationStatus.NAMED;
        if (!shown || !nomination.publishProfile()) {
            throw notFound;
        }
        Attachment photo = store.list(campaignId, nominationId).stream()
                .filter(a -> a.kind() == AttachmentKind.PHOTO && a.isStored())
                .max(Comparator.comparing(Attachment::createdAt))
                .orElseThrow(() -> notFound);
        byte[] content = objects.read(photo.storedKey(), AttachmentKind.PHOTO.maxBytes() * 4).orElseThrow(() -> notFound);
        return new Photo(photo.type(), content);
    }

    private Nomination owned(Actor actor, String campaignId, String nominationId) {
        NominationService.Visible visible = nominations.get(actor, campaignId, nominationId);
        if (visible.access() != NominationAccess.ENTERPRISE) {
            throw NominationService.notFound(campaignId, nominationId);
        }
        return visible.nomination();
    }

    private Nomination amendable(Actor actor, String campaignId, String nominationId) {
        Nomination nomination = owned(actor, campaignId, nominationId);
        requireAmendable(nomination, campaignId);
        return nomination;
    }

    private void requireAmendable(Nomination nomination, String campaignId) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        if (nomination.status() != NominationStatus.SUBMITTED || !campaign.nominationWindow().isOpenAt(clock.instant())) {
            throw new ConflictException("nomination-not-amendable", AttachmentMessages.NOT_AMENDABLE_TITLE.text(),
                    AttachmentMessages.NOT_AMENDABLE_DETAIL.text(nomination.nominationId(), nomination.status()),
                    Map.of("nominationStatus", nomination.status().name()));
        }
    }

    private static final char[] ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    /** "A" and 16 characters of Crockford base 32 (80 random bits): ids that are not guessed. */
    private String newAttachmentId() {
        char[] id = new char[17];
        id[0] = 'A';
        for (int i = 1; i < id.length; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }

    /** An attachment id as {@link #newAttachmentId()} makes them (anything else names no attachment). */
    public static boolean isAttachmentId(String value) {
        return value != null && value.matches("A[0-9A-HJKMNP-TV-Z]{16}");
    }

    private static NotFoundException attachmentNotFound(String nominationId, String attachmentId) {
        return new NotFoundException("attachment-not-found",
                AttachmentMessages.ATTACHMENT_NOT_FOUND.text(String.valueOf(nominationId), String.valueOf(attachmentId)));
    }
}
