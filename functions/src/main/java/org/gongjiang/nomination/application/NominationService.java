package org.gongjiang.nomination.application;

import org.gongjiang.nomination.model.NominationMessages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.nomination.application.NominationStore.IdempotencyRecord;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationAccess;
import org.gongjiang.nomination.model.NominationForm;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.nomination.model.NominationWorkflow;
import org.gongjiang.nomination.model.Nominee;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.ForbiddenException;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.KeyedHasher;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.Role;

/** 推荐: enterprises submit, read, amend and withdraw nominations; the review office and experts read them. */
public final class NominationService {

    // submissions racing for the next number each take one of the numbers in turn
    private static final int MAX_NUMBER_RACES = 20;

    private final CampaignDirectory campaigns;
    private final NominationStore store;
    private final Supplier<KeyedHasher> personalData;
    private final Clock clock;

    public NominationService(CampaignDirectory campaigns, NominationStore store, Supplier<KeyedHasher> personalData, Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.personalData = personalData;
        this.clock = clock;
    }

    /** A nomination with the side of it its reader may see (for an expert, with their own scores). */
    public record Visible(Nomination nomination, NominationAccess access, Optional<ExpertScore> myScores) {
        Visible(Nomination nomination, NominationAccess access) {
            this(nomination, access, Optional.empty());
        }
    }

    /** The answer to a submission: the first one again when it is a retry with the same Idempotency-Key. */
    public record Submitted(String campaignId, String nominationId, Instant submittedAt, boolean replayed) {
    }

    /**
     * Submits a nomination. With an Idempotency-Key, a retry of the same request (same body hash) answers
     * as the first did and stores nothing; the same key with another request is refused.
     */
    public Submitted submit(Actor actor, String campaignId, NominationForm form, List<FieldError> shapeErrors,
                            Optional<String> idempotencyKey, String requestHash) {
        NominationWorkflow.Transition submission = NominationWorkflow.submission();
        NominationWorkflow.authorize(actor, submission.action());
        Campaign campaign = campaigns.requireCampaign(campaignId);
        if (idempotencyKey.isPresent()) {
            Optional<IdempotencyRecord> earlier = store.idempotency(campaign.campaignId(), actor.subject(), idempotencyKey.get());
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash);
            }
        }
        Instant now = clock.instant();
        requireNominationsOpen(campaign, now);
        NominationForm.Particulars particulars = form.validate(campaign, LocalDate.ofInstant(now, campaign.timeZone()), shapeErrors);
        requireOwnEnterprise(actor, particulars.enterprise().creditCode());
        Nominee nominee = particulars.nominee(personalData.get(), campaign.campaignId());
        for (int race = 0; race < MAX_NUMBER_RACES; race++) {
            long number = store.lastNominationNumber(campaign.campaignId()) + 1;
            String nominationId = "N%04d".formatted(number);
            Nomination nomination = new Nomination(campaign.campaignId(), nominationId, submission.target(),
                    particulars.category(), nominee, particulars.enterprise(), particulars.publishProfile(), actor.subject(), now,
                    now, 1, Optional.empty(), Optional.empty(), List.of(), 0, Optional.empty(), Optional.empty(), Optional.empty(),
                    campaign.personalDataExpiresAt());
            Optional<IdempotencyRecord> record = idempotencyKey.map(key -> new IdempotencyRecord(campaign.campaignId(),
                    actor.subject(), key, requestHash, nominationId, now));
            AuditEntry audit = new AuditEntry(campaign.campaignId(), nominationId, now, actor.auditName(),
                    submission.roleName(), submission.action(), Optional.empty(), submission.target(), Optional.empty());
            switch (store.submit(nomination, number, campaign.enterpriseQuota(), record, audit)) {
                case STORED -> {
                    return new Submitted(campaign.campaignId(), nominationId, now, false);
                }
                case NUMBER_TAKEN -> {
                    // another submission took this number meanwhile: take the next
                }
                case DUPLICATE_PERSON -> throw duplicateNominee(campaign.campaignId());
                case QUOTA_EXHAUSTED -> throw quotaExhausted(campaign);
                case IDEMPOTENCY_KEY_TAKEN -> {
                    return replay(store.idempotency(campaign.campaignId(), actor.subject(), idempotencyKey.orElseThrow())
                            .orElseThrow(), requestHash);
                }
                case NO_CAMPAIGN -> throw NotFoundException.campaign(campaign.campaignId());
            }
        }
        throw changedMeanwhile("new");
    }

    /** The nominations the actor may see (a status filter applies to everyone). */
    public List<Visible> list(Actor actor, String campaignId, Optional<NominationStatus> status) {
        actor.require(Role.REVIEWER, Role.ADMIN, Role.EXPERT, Role.ENTERPRISE);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        List<Nomination> candidates = (actor.has(Role.REVIEWER) || actor.has(Role.ADMIN)) && status.isPresent()
                ? store.listByStatus(campaign.campaignId(), status.get())
                : store.list(campaign.campaignId());
        return candidates.stream()
                .filter(n -> status.map(s -> n.status() == s).orElse(true))
                .flatMap(n -> NominationAccess.of(actor, n).map(access -> visible(actor, n, access)).stream())
                .sorted(Comparator.comparing(v -> v.nomination().nominationId()))
                .toList();
    }

    /** One nomination, as far as the actor may see it; 404 for anyone who may not see it at all. */
    public Visible get(Actor actor, String campaignId, String nominationId) {
        actor.require(Role.REVIEWER, Role.ADMIN, Role.EXPERT, Role.ENTERPRISE);
        Nomination nomination = find(campaignId, nominationId);
        NominationAccess access = NominationAccess.of(actor, nomination)
                .orElseThrow(() -> notFound(campaignId, nominationId));
        return visible(actor, nomination, access);
    }

    private Visible visible(Actor actor, Nomination nomination, NominationAccess access) {
        return access == NominationAccess.EXPERT
                ? new Visible(nomination, access, store.score(nomination.campaignId(), nomination.nominationId(), actor.subject()))
                : new Visible(nomination, access);
    }

    /** Replaces a SUBMITTED nomination's particulars; the enterprise (credit code) cannot change. */
    public Visible amend(Actor actor, String campaignId, String nominationId, NominationForm form, List<FieldError> shapeErrors) {
        NominationWorkflow.authorize(actor, "amend");
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Nomination current = owned(actor, campaign.campaignId(), nominationId);
        NominationWorkflow.Transition amending = NominationWorkflow.require(current, "amend");
        Instant now = clock.instant();
        requireNominationsOpen(campaign, now);
        NominationForm.Particulars particulars = form.validate(campaign, LocalDate.ofInstant(now, campaign.timeZone()), shapeErrors);
        if (!particulars.enterprise().creditCode().equals(current.enterprise().creditCode())) {
            throw InvalidInputException.of(List.of(FieldError.body("/enterprise/creditCode", "immutable", NominationMessages.ENTERPRISE_CREDIT_CODE_IMMUTABLE.text())));
        }
        Nominee nominee = particulars.nominee(personalData.get(), campaign.campaignId());
        Nomination amended = current.amended(particulars.category(), nominee, particulars.enterprise(),
                particulars.publishProfile(), now);
        NominationStore.SideEffects effects = nominee.idHash().equals(current.nominee().idHash())
                ? NominationStore.SideEffects.NONE
                : NominationStore.SideEffects.replacingPerson(current.nominee().idHash());
        AuditEntry audit = new AuditEntry(campaign.campaignId(), nominationId, now, actor.auditName(), amending.roleName(),
                amending.action(), Optional.of(current.status()), amending.target(), Optional.empty());
        switch (store.change(amended, current.version(), audit, effects)) {
            case CHANGED -> {
                return new Visible(amended, NominationAccess.ENTERPRISE);
            }
            case DUPLICATE_PERSON -> throw duplicateNominee(campaign.campaignId());
            default -> throw changedMeanwhile(nominationId);
        }
    }

    /** Withdraws a SUBMITTED nomination, freeing its quota slot and its nominee. */
    public Visible withdraw(Actor actor, String campaignId, String nominationId) {
        NominationWorkflow.authorize(actor, "withdraw");
        Nomination current = owned(actor, campaignId, nominationId);
        NominationWorkflow.Transition withdrawal = NominationWorkflow.require(current, "withdraw");
        Instant now = clock.instant();
        Nomination withdrawn = current.moved(withdrawal.target(), now, Optional.empty());
        AuditEntry audit = new AuditEntry(campaignId, nominationId, now, actor.auditName(), withdrawal.roleName(),
                withdrawal.action(), Optional.of(current.status()), withdrawal.target(), Optional.empty());
        if (store.change(withdrawn, current.version(), audit, NominationStore.SideEffects.releasing())
                != NominationStore.ChangeOutcome.CHANGED) {
            throw changedMeanwhile(nominationId);
        }
        return new Visible(withdrawn, NominationAccess.ENTERPRISE);
    }

    /** The audit trail of a nomination (admins). */
    public List<AuditEntry> audit(Actor actor, String campaignId, String nominationId) {
        actor.require(Role.ADMIN);
        find(campaignId, nominationId);
        return store.audit(campaignId, nominationId);
    }

    Nomination find(String campaignId, String nominationId) {
        if (!Ids.isCampaignId(campaignId) || !Ids.isCandidateId(nominationId)) {
            throw notFound(String.valueOf(campaignId), String.valueOf(nominationId));
        }
        return store.find(campaignId, nominationId).orElseThrow(() -> notFound(campaignId, nominationId));
    }

    private Nomination owned(Actor actor, String campaignId, String nominationId) {
        Nomination nomination = find(campaignId, nominationId);
        if (!NominationAccess.owns(actor, nomination)) {
            throw notFound(campaignId, nominationId);
        }
        return nomination;
    }

    private static Submitted replay(IdempotencyRecord record, String requestHash) {
        if (!record.requestHash().equals(requestHash)) {
            throw new ConflictException("idempotency-key-reused", NominationMessages.IDEMPOTENCY_KEY_REUSED_TITLE.text(),
                    NominationMessages.IDEMPOTENCY_KEY_REUSED_DETAIL.text(record.nominationId()),
                    Map.of("nominationId", record.nominationId()));
        }
        return new Submitted(record.campaignId(), record.nominationId(), record.submittedAt(), true);
    }

    private static void requireOwnEnterprise(Actor actor, String creditCode) {
        if (actor.creditCode().isPresent() && !actor.creditCode().get().equals(creditCode)) {
            throw new ForbiddenException("enterprise-mismatch", NominationMessages.ENTERPRISE_MISMATCH_TITLE.text(),
                    NominationMessages.ENTERPRISE_MISMATCH_DETAIL.text(actor.creditCode().get()),
                    Map.of());
        }
    }

    private static void requireNominationsOpen(Campaign campaign, Instant now) {
        if (campaign.nominationWindow().isOpenAt(now)) {
            return;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("nominationWindow", Map.of("opensAt", campaign.nominationWindow().opensAt().toString(),
                "closesAt", campaign.nominationWindow().closesAt().toString()));
        throw new ForbiddenException("nomination-closed", NominationMessages.NOMINATION_CLOSED_TITLE.text(),
                NominationMessages.NOMINATION_CLOSED_DETAIL.text(campaign.campaignId(), campaign.nominationWindow().opensAt(), campaign.nominationWindow().closesAt()),
                extensions);
    }

    private static ConflictException duplicateNominee(String campaignId) {
        return new ConflictException("duplicate-nominee", NominationMessages.DUPLICATE_NOMINEE_TITLE.text(),
                NominationMessages.DUPLICATE_NOMINEE_DETAIL.text(campaignId), Map.of());
    }

    private static ConflictException quotaExhausted(Campaign campaign) {
        return new ConflictException("enterprise-quota-exhausted", NominationMessages.ENTERPRISE_QUOTA_EXHAUSTED_TITLE.text(),
                NominationMessages.ENTERPRISE_QUOTA_EXHAUSTED_DETAIL.text(campaign.enterpriseQuota()),
                Map.of("enterpriseQuota", campaign.enterpriseQuota()));
    }

    public static NotFoundException notFound(String campaignId, String nominationId) {
        return new NotFoundException("nomination-not-found", NominationMessages.NOMINATION_NOT_FOUND.text(campaignId, nominationId));
    }

    public static ConflictException changedMeanwhile(String nominationId) {
        return new ConflictException("concurrent-update", NominationMessages.CHANGED_MEANWHILE_TITLE.text(),
                NominationMessages.CHANGED_MEANWHILE_DETAIL.text(nominationId), Map.of());
    }
}
