package org.gongjiang.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongjiang.store.NominationStore;
import org.gongjiang.store.NominationStore.IdempotencyRecord;
import org.gongjiang.store.ReviewStore;

/** 推荐: enterprises submit, read, amend and withdraw nominations; the review office and experts read them. */
public final class NominationService {

    // submissions racing for the next number each take one of the numbers in turn
    private static final int MAX_NUMBER_RACES = 20;

    private final CampaignDirectory campaigns;
    private final NominationStore store;
    private final ReviewStore reviews;
    private final Supplier<KeyedHasher> personalData;
    private final Clock clock;

    public NominationService(CampaignDirectory campaigns, NominationStore store, ReviewStore reviews,
                             Supplier<KeyedHasher> personalData, Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.reviews = reviews;
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
        actor.require(Role.ENTERPRISE);
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
            Nomination nomination = new Nomination(campaign.campaignId(), nominationId, NominationStatus.SUBMITTED,
                    particulars.category(), nominee, particulars.enterprise(), particulars.publishProfile(), actor.subject(), now,
                    now, 1, Optional.empty(), Optional.empty(), List.of(), 0, Optional.empty(), Optional.empty(), Optional.empty(),
                    campaign.personalDataExpiresAt());
            Optional<IdempotencyRecord> record = idempotencyKey.map(key -> new IdempotencyRecord(campaign.campaignId(),
                    actor.subject(), key, requestHash, nominationId, now));
            AuditEntry audit = new AuditEntry(campaign.campaignId(), nominationId, now, actor.auditName(),
                    Role.ENTERPRISE.group(), "submit", Optional.empty(), NominationStatus.SUBMITTED, Optional.empty());
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
                ? new Visible(nomination, access, reviews.score(nomination.campaignId(), nomination.nominationId(), actor.subject()))
                : new Visible(nomination, access);
    }

    /** Replaces a SUBMITTED nomination's particulars; the enterprise (credit code) cannot change. */
    public Visible amend(Actor actor, String campaignId, String nominationId, NominationForm form, List<FieldError> shapeErrors) {
        actor.require(Role.ENTERPRISE);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Nomination current = owned(actor, campaign.campaignId(), nominationId);
        NominationWorkflow.require(current, "amend");
        Instant now = clock.instant();
        requireNominationsOpen(campaign, now);
        NominationForm.Particulars particulars = form.validate(campaign, LocalDate.ofInstant(now, campaign.timeZone()), shapeErrors);
        if (!particulars.enterprise().creditCode().equals(current.enterprise().creditCode())) {
            throw InvalidInputException.of(List.of(FieldError.body("/enterprise/creditCode", "immutable", LocalizedText.of(
                    "提名单位不能更改；如需换单位，请撤回后由新单位重新提名。",
                    "The nominating enterprise cannot change; withdraw, and let the other enterprise nominate."))));
        }
        Nominee nominee = particulars.nominee(personalData.get(), campaign.campaignId());
        Nomination amended = current.amended(particulars.category(), nominee, particulars.enterprise(),
                particulars.publishProfile(), now);
        NominationStore.SideEffects effects = nominee.idHash().equals(current.nominee().idHash())
                ? NominationStore.SideEffects.NONE
                : NominationStore.SideEffects.replacingPerson(current.nominee().idHash());
        AuditEntry audit = new AuditEntry(campaign.campaignId(), nominationId, now, actor.auditName(), Role.ENTERPRISE.group(),
                "amend", Optional.of(current.status()), current.status(), Optional.empty());
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
        actor.require(Role.ENTERPRISE);
        Nomination current = owned(actor, campaignId, nominationId);
        NominationWorkflow.require(current, "withdraw");
        Instant now = clock.instant();
        Nomination withdrawn = current.moved(NominationStatus.WITHDRAWN, now, Optional.empty());
        AuditEntry audit = new AuditEntry(campaignId, nominationId, now, actor.auditName(), Role.ENTERPRISE.group(),
                "withdraw", Optional.of(current.status()), NominationStatus.WITHDRAWN, Optional.empty());
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
            throw new ConflictException("idempotency-key-reused", LocalizedText.of("幂等键已用于另一请求", "Idempotency-Key reused"),
                    LocalizedText.of("该 Idempotency-Key 已用于内容不同的另一次提交（提名 %s）。请为新的提交使用新的键。",
                            "This Idempotency-Key was used for a different submission (nomination %s); use a new key for a new submission.")
                            .formatted(record.nominationId()),
                    Map.of("nominationId", record.nominationId()));
        }
        return new Submitted(record.campaignId(), record.nominationId(), record.submittedAt(), true);
    }

    private static void requireOwnEnterprise(Actor actor, String creditCode) {
        if (actor.creditCode().isPresent() && !actor.creditCode().get().equals(creditCode)) {
            throw new ForbiddenException("enterprise-mismatch", LocalizedText.of("不能代其他单位提名", "Not your enterprise"),
                    LocalizedText.of("您的账号属于统一社会信用代码为 %s 的单位，只能以该单位名义提名。",
                            "Your account belongs to the enterprise with credit code %s and can nominate only for it.")
                            .formatted(actor.creditCode().get()),
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
        throw new ForbiddenException("nomination-closed", LocalizedText.of("不在提名时间内", "Nominations are not open"),
                LocalizedText.of("活动“%s”的提名时间为 %s 至 %s。", "Campaign '%s' takes nominations from %s to %s.")
                        .formatted(campaign.campaignId(), campaign.nominationWindow().opensAt(), campaign.nominationWindow().closesAt()),
                extensions);
    }

    private static ConflictException duplicateNominee(String campaignId) {
        return new ConflictException("duplicate-nominee", LocalizedText.of("此人已被提名", "Already nominated"),
                LocalizedText.of("持该身份证件号码的人已在活动“%s”中被提名（每人每次活动只能被提名一次）。",
                        "The holder of this identity number is already nominated in campaign '%s' (once per campaign)."
                ).formatted(campaignId), Map.of());
    }

    private static ConflictException quotaExhausted(Campaign campaign) {
        return new ConflictException("enterprise-quota-exhausted", LocalizedText.of("单位推荐名额已用完", "Enterprise quota used"),
                LocalizedText.of("每个单位在本活动中最多推荐 %d 人，名额已用完；撤回一项提名可腾出名额。",
                        "Each enterprise may nominate %d people in this campaign and the quota is used; withdrawing one frees a slot.")
                        .formatted(campaign.enterpriseQuota()),
                Map.of("enterpriseQuota", campaign.enterpriseQuota()));
    }

    static NotFoundException notFound(String campaignId, String nominationId) {
        return new NotFoundException("nomination-not-found", LocalizedText.of("活动“%s”中没有提名“%s”（或您无权查看）。",
                "Campaign '%s' has no nomination '%s' that you may see.").formatted(campaignId, nominationId));
    }

    static ConflictException changedMeanwhile(String nominationId) {
        return new ConflictException("concurrent-update", LocalizedText.of("提名刚被修改", "Changed meanwhile"),
                LocalizedText.of("提名 %s 在此期间已被修改，请重新读取后再试。", "Nomination %s changed meanwhile; read it again and retry.")
                        .formatted(nominationId), Map.of());
    }
}
