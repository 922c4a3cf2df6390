package org.gongjiang.review.application;

import org.gongjiang.review.model.ReviewMessages;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.application.NominationStore.ChangeOutcome;
import org.gongjiang.nomination.application.NominationStore;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.nomination.model.NominationWorkflow;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.ForbiddenException;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.Role;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.review.model.Impartiality;
import org.gongjiang.review.model.Objection;
import org.gongjiang.voting.model.VoterHasher;

/**
 * 媒体公示: what is on public notice, objections from any logged-in user during the notice, and their
 * resolution by the review office (an upheld objection rejects the nomination).
 */
public final class NoticeService {

    private static final char[] ID_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();

    private final CampaignDirectory campaigns;
    private final NominationStore nominations;
    private final ReviewStore reviews;
    private final Supplier<VoterHasher> objectors;
    private final NomineePhotos photos;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public NoticeService(CampaignDirectory campaigns, NominationStore nominations, ReviewStore reviews,
                         Supplier<VoterHasher> objectors, NomineePhotos photos, Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.reviews = reviews;
        this.objectors = objectors;
        this.photos = photos;
        this.clock = clock;
    }

    /** Nominations on notice now, for the public (only consenting nominees ever get here). */
    public List<Nomination> onNotice(String campaignId) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        return nominations.listByStatus(campaign.campaignId(), NominationStatus.ON_NOTICE).stream()
                .filter(Nomination::publishProfile)
                .sorted(Comparator.comparing(Nomination::nominationId))
                .toList();
    }

    /** Whether the notice shows a photo of this nominee (on notice, so consenting). */
    public boolean hasPhoto(Nomination onNotice) {
        return photos.hasPhoto(onNotice.campaignId(), onNotice.nominationId());
    }

    /** Files an objection; one open objection per user per nomination. */
    public Objection object(Actor actor, String campaignId, String nominationId, String text) {
        Nomination nomination = onNoticeOrNotFound(campaignId, nominationId);
        Instant now = clock.instant();
        TimeWindow notice = nomination.notice().orElseThrow();
        if (!notice.isOpenAt(now)) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("notice", Map.of("opensAt", notice.opensAt().toString(), "closesAt", notice.closesAt().toString()));
            throw new ForbiddenException("notice-closed", ReviewMessages.NOTICE_CLOSED_TITLE.text(),
                    ReviewMessages.NOTICE_CLOSED_DETAIL.text(nominationId, notice.opensAt(), notice.closesAt()), extensions);
        }
        String objector = objectors.get().voterFor(actor.issuer(), actor.subject()).hash();
        Objection objection = new Objection(campaignId, nominationId, newId(), objector, text, Objection.Status.OPEN, now,
                Optional.empty(), Optional.empty(), Optional.empty(), nomination.expiresAt());
        return switch (reviews.file(objection)) {
            case FILED -> objection;
            case ALREADY_OPEN -> throw new ConflictException("objection-already-open",
                    ReviewMessages.OBJECTION_ALREADY_OPEN_TITLE.text(),
                    ReviewMessages.OBJECTION_ALREADY_OPEN_DETAIL.text(nominationId), Map.of());
            case NOT_ON_NOTICE -> throw notOnNotice(campaignId, nominationId);
        };
    }

    public List<Objection> objections(Actor actor, String campaignId, String nominationId) {
        actor.require(Role.REVIEWER);
        campaigns.requireCampaign(campaignId);
        nominations.find(campaignId, nominationId).orElseThrow(() -> NominationService.notFound(campaignId, nominationId));
        return reviews.objections(campaignId, nominationId).stream().sorted(Comparator.comparing(Objection::filedAt)).toList();
    }

    /** Upholds (the nomination is rejected) or dismisses an open objection, with a reason. */
    public Objection resolve(Actor actor, String campaignId, String nominationId, String objectionId, boolean uphold, String reason) {
        NominationWorkflow.authorize(actor, "resolve-objection");
        campaigns.requireCampaign(campaignId);
        Objection objection = reviews.objection(campaignId, nominationId, objectionId).orElseThrow(() -> new NotFoundException(
                "objection-not-found", ReviewMessages.OBJECTION_NOT_FOUND.text(nominationId, objectionId)));
        nominations.find(campaignId, nominationId).ifPresent(nomination -> Impartiality.requireNoInterest(actor, nomination));
        if (objection.status() != Objection.Status.OPEN) {
            throw resolvedAlready(objection);
        }
        Instant now = clock.instant();
        Objection resolved = objection.resolved(uphold ? Objection.Status.UPHELD : Objection.Status.DISMISSED, reason,
                actor.auditName(), now);
        Optional<ReviewStore.Rejection> rejection = Optional.empty();
        if (uphold) {
            Nomination current = nominations.find(campaignId, nominationId).orElseThrow();
            Optional<NominationWorkflow.Transition> resolving = NominationWorkflow.transition(current.status(), "resolve-objection");
            if (resolving.isPresent()) {
                NominationStatus to = resolving.get().into(NominationStatus.REJECTED);
                Nomination rejected = current.moved(to, now, Optional.of(reason));
                rejection = Optional.of(new ReviewStore.Rejection(rejected, current.version(), new AuditEntry(campaignId,
                        nominationId, now, actor.auditName(), resolving.get().roleName(), "uphold-objection",
                        Optional.of(current.status()), to, Optional.of(reason))));
            }
        }
        if (reviews.resolve(resolved, rejection) != ChangeOutcome.CHANGED) {
            throw NominationService.changedMeanwhile(nominationId);
        }
        return resolved;
    }

    private Nomination onNoticeOrNotFound(String campaignId, String nominationId) {
        campaigns.requireCampaign(campaignId);
        if (!Ids.isCandidateId(nominationId)) {
            throw notOnNotice(campaignId, nominationId);
        }
        return nominations.find(campaignId, nominationId)
                .filter(n -> n.status() == NominationStatus.ON_NOTICE && n.publishProfile())
                .orElseThrow(() -> notOnNotice(campaignId, nominationId));
    }

    private static NotFoundException notOnNotice(String campaignId, String nominationId) {
        return new NotFoundException("notice-not-found", ReviewMessages.NOTICE_NOT_FOUND.text(campaignId, nominationId));
    }

    private static ConflictException resolvedAlready(Objection objection) {
        return new ConflictException("objection-resolved", ReviewMessages.OBJECTION_RESOLVED_TITLE.text(),
                ReviewMessages.OBJECTION_RESOLVED_DETAIL.text(objection.objectionId(), objection.status()), Map.of("objectionStatus", objection.status().name()));
    }

    private String newId() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return "O" + new String(id);
    }
}
