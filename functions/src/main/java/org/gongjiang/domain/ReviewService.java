package org.gongjiang.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.gongjiang.store.NominationStore;
import org.gongjiang.store.NominationStore.ChangeOutcome;
import org.gongjiang.store.NominationStore.SideEffects;
import org.gongjiang.store.ReviewStore;

/**
 * The review office's and the experts' steps: 资格初审 (qualify, disqualify), 专家评审 (assign experts,
 * score), 联席会议 (shortlist with a proposed tier, reject), 媒体公示 (open the notice, finalize), and
 * naming winners after the vote. Each step is its own call and is written with its audit entry.
 */
public final class ReviewService {

    private static final int MAX_EXPERTS = 20;
    private static final int MAX_SCORE_RACES = 5;

    private final CampaignDirectory campaigns;
    private final NominationStore nominations;
    private final ReviewStore reviews;
    private final Clock clock;

    public ReviewService(CampaignDirectory campaigns, NominationStore nominations, ReviewStore reviews, Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.reviews = reviews;
        this.clock = clock;
    }

    public Nomination qualify(Actor actor, String campaignId, String nominationId, String reason) {
        return step(actor, campaignId, nominationId, "qualify", NominationStatus.QUALIFIED, Optional.of(reason), n -> n,
                SideEffects.NONE);
    }

    public Nomination disqualify(Actor actor, String campaignId, String nominationId, String reason) {
        return step(actor, campaignId, nominationId, "disqualify", NominationStatus.DISQUALIFIED, Optional.of(reason), n -> n,
                SideEffects.NONE);
    }

    /**
     * Assigns the experts who score a qualified nomination (or changes them while it is in review;
     * an expert who already scored stays).
     */
    public Nomination assignExperts(Actor actor, String campaignId, String nominationId, List<String> experts) {
        actor.require(Role.REVIEWER);
        Set<String> unique = new HashSet<>(experts);
        if (experts.isEmpty() || experts.size() > MAX_EXPERTS || unique.size() != experts.size()) {
            throw InvalidInputException.of(List.of(FieldError.body("/experts", "items", LocalizedText.of(
                    "须指派 1 到 %d 位不重复的专家。", "Assign 1 to %d different experts.").formatted(MAX_EXPERTS))));
        }
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Nomination current = find(campaignId, nominationId);
        NominationWorkflow.require(current, "assign-experts");
        List<ExpertScore> scores = reviews.scores(campaignId, nominationId);
        List<String> scoredAndDropped = scores.stream().map(ExpertScore::expert).filter(e -> !unique.contains(e)).toList();
        if (!scoredAndDropped.isEmpty()) {
            throw new ConflictException("expert-scored", LocalizedText.of("专家已评分", "Expert already scored"),
                    LocalizedText.of("已评分的专家不能撤下：%s。", "Experts who already scored stay assigned: %s.")
                            .formatted(String.join(", ", scoredAndDropped)), Map.of("experts", scoredAndDropped));
        }
        List<ExpertScore> counted = scores.stream().filter(s -> unique.contains(s.expert())).toList();
        boolean complete = counted.size() == experts.size();
        return step(actor, current, "assign-experts",
                complete ? NominationStatus.SCORED : NominationStatus.IN_REVIEW, Optional.empty(),
                n -> n.withExperts(experts).withScores(counted.size(), aggregate(counted, campaign)), SideEffects.NONE);
    }

    /**
     * An assigned expert's scores (0-100 for each of the campaign's four criteria). Experts score blind:
     * each sees only their own. When the last assigned expert has scored, the nomination is SCORED.
     */
    public ExpertScore score(Actor actor, String campaignId, String nominationId, Map<String, Integer> scores) {
        actor.require(Role.EXPERT);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Nomination current = find(campaignId, nominationId);
        if (!current.experts().contains(actor.subject())) {
            throw NominationService.notFound(campaignId, nominationId);
        }
        requireNoOwnInterest(actor, current);
        requireScores(campaign, scores);
        for (int race = 0; race < MAX_SCORE_RACES; race++) {
            NominationWorkflow.require(current, "score");
            Instant now = clock.instant();
            ExpertScore mine = new ExpertScore(campaignId, nominationId, actor.subject(), scores, now);
            List<String> assigned = current.experts();
            List<ExpertScore> all = new ArrayList<>(reviews.scores(campaignId, nominationId).stream()
                    .filter(s -> !s.expert().equals(actor.subject()) && assigned.contains(s.expert())).toList());
            all.add(mine);
            boolean complete = all.size() == current.experts().size();
            NominationStatus to = complete ? NominationStatus.SCORED : NominationStatus.IN_REVIEW;
            Nomination changed = current.moved(to, now, Optional.empty()).withScores(all.size(), aggregate(all, campaign));
            AuditEntry audit = new AuditEntry(campaignId, nominationId, now, actor.auditName(), Role.EXPERT.group(),
                    "score", Optional.of(current.status()), to, Optional.empty());
            if (reviews.recordScore(mine, changed, current.version(), audit) == ChangeOutcome.CHANGED) {
                return mine;
            }
            current = find(campaignId, nominationId); // another expert scored meanwhile: count with theirs
        }
        throw NominationService.changedMeanwhile(nominationId);
    }

    /** 联席会议: puts a scored nomination on the shortlist with a proposed tier (only with publication consent). */
    public Nomination shortlist(Actor actor, String campaignId, String nominationId, String tier, Optional<String> reason) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        requireTier(campaign, tier);
        return step(actor, campaignId, nominationId, "shortlist", NominationStatus.SHORTLISTED, reason,
                n -> {
                    requireConsent(n);
                    return n.withProposedTier(Optional.of(tier));
                }, SideEffects.NONE);
    }

    public Nomination reject(Actor actor, String campaignId, String nominationId, String reason) {
        return step(actor, campaignId, nominationId, "reject", NominationStatus.REJECTED, Optional.of(reason), n -> n,
                SideEffects.NONE);
    }

    /** 媒体公示: the shortlisted nomination goes on public notice for the campaign's notice period, from now. */
    public Nomination openNotice(Actor actor, String campaignId, String nominationId) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Instant now = clock.instant();
        actor.require(Role.REVIEWER);
        NominationWorkflow.require(find(campaignId, nominationId), "open-notice");
        Instant noticeCloses = now.plus(campaign.publicNotice());
        if (noticeCloses.isAfter(campaign.votingWindow().opensAt())) {
            // the ballot is fixed before the vote: a notice still running when voting opens would add a
            // finalist to a vote already under way
            throw new ConflictException("notice-too-late", LocalizedText.of("公示来不及在投票前结束", "Too late for a notice"),
                    LocalizedText.of("现在开始的公示到 %s 才结束，而投票 %s 开始；公示须在投票开始前结束。",
                            "A notice opened now would close at %s, after voting opens at %s; notices must close before the vote.")
                            .formatted(noticeCloses, campaign.votingWindow().opensAt()),
                    Map.of("votingWindow", window(campaign.votingWindow()), "publicNotice", IsoDurations.format(campaign.publicNotice())));
        }
        return step(actor, campaignId, nominationId, "open-notice", NominationStatus.ON_NOTICE, Optional.empty(), n -> {
            requireConsent(n);
            return n.withNotice(Optional.of(new TimeWindow(now, now.plus(campaign.publicNotice()))));
        }, SideEffects.NONE);
    }

    /**
     * Closes the notice: when it has run its course and no objection is open (an upheld one has already
     * rejected the nomination), the nomination is a FINALIST and its public profile joins the ballot.
     */
    public Nomination finalizeNotice(Actor actor, String campaignId, String nominationId) {
        actor.require(Role.REVIEWER);
        Nomination current = find(campaignId, nominationId);
        NominationWorkflow.require(current, "finalize");
        Instant now = clock.instant();
        TimeWindow notice = current.notice().orElseThrow();
        if (notice.isOpenAt(now)) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("notice", Map.of("opensAt", notice.opensAt().toString(), "closesAt", notice.closesAt().toString()));
            throw new ConflictException("notice-running", LocalizedText.of("公示期未满", "Notice still running"),
                    LocalizedText.of("提名 %s 的公示到 %s 结束，之后才能确定为候选人。",
                            "Nomination %s is on notice until %s; it can become a finalist after that.")
                            .formatted(nominationId, notice.closesAt()), extensions);
        }
        Campaign campaign = campaigns.requireCampaign(campaignId);
        if (!now.isBefore(campaign.votingWindow().opensAt())) {
            throw new ConflictException("ballot-closed", LocalizedText.of("投票已开始，候选名单已确定", "The ballot is closed"),
                    LocalizedText.of("投票已于 %s 开始，不能再增加候选人。", "Voting opened at %s; no finalist can join the ballot now.")
                            .formatted(campaign.votingWindow().opensAt()), Map.of("votingWindow", window(campaign.votingWindow())));
        }
        long open = reviews.objections(campaignId, nominationId).stream().filter(o -> o.status() == Objection.Status.OPEN).count();
        if (open > 0) {
            throw new ConflictException("objections-open", LocalizedText.of("有未处理的异议", "Objections open"),
                    LocalizedText.of("提名 %s 还有 %d 项异议未处理。", "Nomination %s still has %d open objection(s).")
                            .formatted(nominationId, open), Map.of("openObjections", open));
        }
        requireConsent(current);
        Candidate candidate = new Candidate(campaignId, nominationId, current.nominee().name(), current.enterprise().name(),
                current.nominee().industry(), current.nominee().region(), RegionCode.name(current.nominee().region()).orElse(""),
                current.category());
        return step(actor, current, "finalize", NominationStatus.FINALIST, Optional.empty(), n -> n,
                SideEffects.publishing(candidate));
    }

    /** 命名: after the vote closes, names a finalist a winner in a tier. */
    public Nomination name(Actor actor, String campaignId, String nominationId, String tier, Optional<String> reason) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        requireTier(campaign, tier);
        actor.require(Role.REVIEWER);
        NominationWorkflow.require(find(campaignId, nominationId), "name");
        if (!campaign.votingWindow().hasClosedAt(clock.instant())) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("votingWindow", window(campaign.votingWindow()));
            throw new ConflictException("voting-not-closed", LocalizedText.of("投票尚未结束", "Voting not closed"),
                    LocalizedText.of("投票于 %s 结束，之后才能命名。", "Voting closes at %s; winners are named after that.")
                            .formatted(campaign.votingWindow().closesAt()), extensions);
        }
        return step(actor, campaignId, nominationId, "name", NominationStatus.NAMED, reason,
                n -> n.withTier(Optional.of(tier)), SideEffects.countingNaming());
    }

    /** A step of the review office: role, workflow, the change, its audit entry, written at the version read. */
    private Nomination step(Actor actor, String campaignId, String nominationId, String action, NominationStatus to,
                            Optional<String> reason, UnaryOperator<Nomination> change, SideEffects effects) {
        actor.require(Role.REVIEWER);
        return step(actor, find(campaignId, nominationId), action, to, reason, change, effects);
    }

    /**
     * The same from a nomination already read: whatever was checked against it (scores, objections) was
     * read after it, so a change since then moved its version and the conditional write refuses.
     */
    private Nomination step(Actor actor, Nomination current, String action, NominationStatus to,
                            Optional<String> reason, UnaryOperator<Nomination> change, SideEffects effects) {
        actor.require(Role.REVIEWER);
        String campaignId = current.campaignId();
        String nominationId = current.nominationId();
        requireNoOwnInterest(actor, current);
        NominationWorkflow.require(current, action);
        Instant now = clock.instant();
        Nomination changed = change.apply(current.moved(to, now, reason));
        AuditEntry audit = new AuditEntry(campaignId, nominationId, now, actor.auditName(), Role.REVIEWER.group(), action,
                Optional.of(current.status()), to, reason);
        if (nominations.change(changed, current.version(), audit, effects) != ChangeOutcome.CHANGED) {
            throw NominationService.changedMeanwhile(nominationId);
        }
        return changed;
    }

    private Nomination find(String campaignId, String nominationId) {
        campaigns.requireCampaign(campaignId);
        if (!Ids.isCandidateId(nominationId)) {
            throw NominationService.notFound(campaignId, nominationId);
        }
        return nominations.find(campaignId, nominationId).orElseThrow(() -> NominationService.notFound(campaignId, nominationId));
    }

    private static Optional<Double> aggregate(List<ExpertScore> scores, Campaign campaign) {
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ExpertScoring.aggregate(scores.stream().map(s -> ExpertScoring.weighted(s, campaign.criteria())).toList()));
    }

    private static void requireScores(Campaign campaign, Map<String, Integer> scores) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> criteria = new HashSet<>(campaign.criteria().stream().map(Criterion::code).toList());
        for (String criterion : criteria) {
            Integer value = scores.get(criterion);
            if (value == null) {
                errors.add(FieldError.body("/scores/" + criterion, "required", LocalizedText.of("缺少“%s”的评分。",
                        "A score for '%s' is required.").formatted(criterion)));
            } else if (value < 0 || value > 100) {
                errors.add(FieldError.body("/scores/" + criterion, "range", LocalizedText.of("评分须在 0 到 100 之间。",
                        "Scores are between 0 and 100.")));
            }
        }
        scores.keySet().stream().filter(k -> !criteria.contains(k)).forEach(k -> errors.add(FieldError.body("/scores/" + k,
                "unknown-field", LocalizedText.of("本活动没有评审标准“%s”。", "The campaign has no criterion '%s'.").formatted(k))));
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    private static void requireTier(Campaign campaign, String tier) {
        if (campaign.tier(tier).isEmpty()) {
            throw InvalidInputException.of(List.of(FieldError.body("/tier", "unknown-code", LocalizedText.of(
                    "本活动没有等级“%s”，可选：%s。", "Campaign has no tier '%s'; choose one of: %s.").formatted(tier,
                    String.join(", ", campaign.tiers().stream().map(Label::code).toList())))));
        }
    }

    private static void requireConsent(Nomination nomination) {
        if (!nomination.publishProfile()) {
            throw new ConflictException("consent-required", LocalizedText.of("未同意公开个人信息", "No consent to publish"),
                    LocalizedText.of("被提名人未同意公开个人信息，不能公示，也不能成为候选人。",
                            "The nominee has not consented to publication: the nomination cannot go on notice or become a finalist."),
                    Map.of("nominationId", nomination.nominationId()));
        }
    }

    /** Whoever submitted a nomination does not review or score it, whatever other roles their login has. */
    private static void requireNoOwnInterest(Actor actor, Nomination nomination) {
        if (actor.subject().equals(nomination.submittedBy())) {
            throw new ForbiddenException("own-nomination", LocalizedText.of("不能评审自己提交的提名", "Your own nomination"),
                    LocalizedText.of("提名 %s 是您提交的，须由其他人评审。", "You submitted nomination %s; someone else reviews it.")
                            .formatted(nomination.nominationId()), Map.of());
        }
    }

    private static Map<String, String> window(TimeWindow window) {
        return Map.of("opensAt", window.opensAt().toString(), "closesAt", window.closesAt().toString());
    }
}
