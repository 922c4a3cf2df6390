package org.gongjiang.review.application;

import org.gongjiang.review.model.ReviewMessages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.Criterion;
import org.gongjiang.campaign.model.Label;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.application.NominationStore.ChangeOutcome;
import org.gongjiang.nomination.application.NominationStore;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.nomination.model.NominationWorkflow;
import org.gongjiang.nomination.model.RegionCode;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.IsoDurations;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.review.application.ReviewStore.StepEffects;
import org.gongjiang.review.model.ExpertScoring;
import org.gongjiang.review.model.Impartiality;
import org.gongjiang.review.model.Objection;
import org.gongjiang.voting.model.Candidate;

/**
 * The review office's and the experts' steps: 资格初审 (qualify, disqualify), 专家评审 (assign experts,
 * score), 联席会议 (shortlist with a proposed tier, reject), 媒体公示 (open the notice, finalize), and
 * naming winners after the vote. Each step is its own call and is written with its audit entry.
 */
public final class ReviewService {

    private static final int MAX_EXPERTS = 20;
    private static final int MAX_SCORE_RACES = 5;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (xxx)");

    private final CampaignDirectory campaigns;
    private final NominationStore nominations;
    private final ReviewStore reviews;
    private final NomineePhotos photos;
    private final Clock clock;

    public ReviewService(CampaignDirectory campaigns, NominationStore nominations, ReviewStore reviews, NomineePhotos photos,
                         Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.reviews = reviews;
        this.photos = photos;
        this.clock = clock;
    }

    public Nomination qualify(Actor actor, String campaignId, String nominationId, String reason) {
        return step(actor, campaignId, nominationId, "qualify", Optional.of(reason), n -> n, StepEffects.NONE);
    }

    /**
     * 资格初审 refuses a submitted nomination; and a finalist (the penalty a campaign announces for bought
     * votes, decided by the review office) leaves the ballot: no vote for it is taken any more, and its
     * votes are no longer published with the finalists'.
     */
    public Nomination disqualify(Actor actor, String campaignId, String nominationId, String reason) {
        NominationWorkflow.authorize(actor, "disqualify");
        Nomination current = find(campaignId, nominationId);
        StepEffects effects = current.status() == NominationStatus.FINALIST ? StepEffects.unpublishing(nominationId) : StepEffects.NONE;
        return step(actor, current, "disqualify", Optional.empty(), Optional.of(reason), n -> n, effects);
    }

    /**
     * Assigns the experts who score a qualified nomination (or changes them while it is in review;
     * an expert who already scored stays).
     */
    public Nomination assignExperts(Actor actor, String campaignId, String nominationId, List<String> experts) {
        NominationWorkflow.authorize(actor, "assign-experts");
        Set<String> unique = new HashSet<>(experts);
        if (experts.isEmpty() || experts.size() > MAX_EXPERTS || unique.size() != experts.size()) {
            throw InvalidInputException.of(List.of(FieldError.body("/experts", "items", ReviewMessages.EXPERTS_COUNT.text(MAX_EXPERTS))));
        }
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Nomination current = find(campaignId, nominationId);
        Impartiality.requireNoInterest(actor, current);
        NominationWorkflow.require(current, "assign-experts");
        Impartiality.requireImpartialPanel(current, experts);
        List<ExpertScore> scores = reviews.scores(campaignId, nominationId);
        List<String> scoredAndDropped = scores.stream().map(ExpertScore::expert).filter(e -> !unique.contains(e)).toList();
        if (!scoredAndDropped.isEmpty()) {
            throw new ConflictException("expert-scored", ReviewMessages.EXPERT_SCORED_TITLE.text(),
                    ReviewMessages.EXPERT_SCORED_DETAIL.text(String.join(", ", scoredAndDropped)), Map.of("experts", scoredAndDropped));
        }
        List<ExpertScore> counted = scores.stream().filter(s -> unique.contains(s.expert())).toList();
        boolean complete = counted.size() == experts.size();
        return step(actor, current, "assign-experts", Optional.of(complete ? NominationStatus.SCORED : NominationStatus.IN_REVIEW),
                Optional.empty(), n -> n.withExperts(experts).withScores(counted.size(), aggregate(counted, campaign)),
                StepEffects.NONE);
    }

    /**
     * An assigned expert's scores (0-100 for each of the campaign's four criteria). Experts score blind:
     * each sees only their own. When the last assigned expert has scored, the nomination is SCORED.
     */
    public ExpertScore score(Actor actor, String campaignId, String nominationId, Map<String, Integer> scores) {
        NominationWorkflow.authorize(actor, "score");
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Nomination current = find(campaignId, nominationId);
        if (!current.experts().contains(actor.subject())) {
            throw NominationService.notFound(campaignId, nominationId);
        }
        Impartiality.requireNoInterest(actor, current);
        requireScores(campaign, scores);
        for (int race = 0; race < MAX_SCORE_RACES; race++) {
            NominationWorkflow.Transition scoring = NominationWorkflow.require(current, "score");
            Instant now = clock.instant();
            ExpertScore mine = new ExpertScore(campaignId, nominationId, actor.subject(), scores, now);
            List<String> assigned = current.experts();
            List<ExpertScore> all = new ArrayList<>(reviews.scores(campaignId, nominationId).stream()
                    .filter(s -> !s.expert().equals(actor.subject()) && assigned.contains(s.expert())).toList());
            all.add(mine);
            boolean complete = all.size() == current.experts().size();
            NominationStatus to = scoring.into(complete ? NominationStatus.SCORED : NominationStatus.IN_REVIEW);
            Nomination changed = current.moved(to, now, Optional.empty()).withScores(all.size(), aggregate(all, campaign));
            AuditEntry audit = new AuditEntry(campaignId, nominationId, now, actor.auditName(), scoring.roleName(),
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
        return step(actor, campaignId, nominationId, "shortlist", reason, n -> {
            requireConsent(n);
            return n.withProposedTier(Optional.of(tier));
        }, StepEffects.NONE);
    }

    public Nomination reject(Actor actor, String campaignId, String nominationId, String reason) {
        return step(actor, campaignId, nominationId, "reject", Optional.of(reason), n -> n, StepEffects.NONE);
    }

    /** 媒体公示: the shortlisted nomination goes on public notice for the campaign's notice period, from now. */
    public Nomination openNotice(Actor actor, String campaignId, String nominationId) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Instant now = clock.instant();
        NominationWorkflow.authorize(actor, "open-notice");
        NominationWorkflow.require(find(campaignId, nominationId), "open-notice");
        Instant noticeCloses = now.plus(campaign.publicNotice());
        if (noticeCloses.isAfter(campaign.votingWindow().opensAt())) {
            // the ballot is fixed before the vote: a notice still running when voting opens would add a
            // finalist to a vote already under way
            throw new ConflictException("notice-too-late", ReviewMessages.NOTICE_TOO_LATE_TITLE.text(),
                    ReviewMessages.NOTICE_TOO_LATE_DETAIL.text(noticeCloses, campaign.votingWindow().opensAt()),
                    Map.of("votingWindow", window(campaign.votingWindow()), "publicNotice", IsoDurations.format(campaign.publicNotice())));
        }
        return step(actor, campaignId, nominationId, "open-notice", Optional.empty(), n -> {
            requireConsent(n);
            return n.withNotice(Optional.of(new TimeWindow(now, now.plus(campaign.publicNotice()))));
        }, StepEffects.NONE);
    }

    /**
     * Closes the notice: when it has run its course and no objection is open (an upheld one has already
     * rejected the nomination), the nomination is a FINALIST and its public profile joins the ballot.
     */
    public Nomination finalizeNotice(Actor actor, String campaignId, String nominationId) {
        NominationWorkflow.authorize(actor, "finalize");
        Nomination current = find(campaignId, nominationId);
        NominationWorkflow.require(current, "finalize");
        Instant now = clock.instant();
        TimeWindow notice = current.notice().orElseThrow();
        Campaign campaign = campaigns.requireCampaign(campaignId);
        if (notice.isOpenAt(now)) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("notice", Map.of("opensAt", notice.opensAt().toString(), "closesAt", notice.closesAt().toString()));
            throw new ConflictException("notice-running", ReviewMessages.NOTICE_RUNNING_TITLE.text(),
                    ReviewMessages.NOTICE_RUNNING_DETAIL.text(nominationId, localTime(notice.closesAt(), campaign)), extensions);
        }
        if (!now.isBefore(campaign.votingWindow().opensAt())) {
            throw new ConflictException("ballot-closed", ReviewMessages.BALLOT_CLOSED_TITLE.text(),
                    ReviewMessages.BALLOT_CLOSED_DETAIL.text(campaign.votingWindow().opensAt()), Map.of("votingWindow", window(campaign.votingWindow())));
        }
        long open = reviews.objections(campaignId, nominationId).stream().filter(o -> o.status() == Objection.Status.OPEN).count();
        if (open > 0) {
            throw new ConflictException("objections-open", ReviewMessages.OBJECTIONS_OPEN_TITLE.text(),
                    ReviewMessages.OBJECTIONS_OPEN_DETAIL.text(nominationId, open), Map.of("openObjections", open));
        }
        requireConsent(current);
        return step(actor, current, "finalize", Optional.empty(), Optional.empty(), n -> n, StepEffects.publishing(ballotProfile(current)));
    }

    /** 命名: after the vote closes, names a finalist a winner in a tier. */
    public Nomination name(Actor actor, String campaignId, String nominationId, String tier, Optional<String> reason) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        requireTier(campaign, tier);
        NominationWorkflow.authorize(actor, "name");
        Nomination current = find(campaignId, nominationId);
        NominationWorkflow.require(current, "name");
        if (!campaign.votingWindow().hasClosedAt(clock.instant())) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("votingWindow", window(campaign.votingWindow()));
            throw new ConflictException("voting-not-closed", ReviewMessages.VOTING_NOT_CLOSED_TITLE.text(),
                    ReviewMessages.VOTING_NOT_CLOSED_DETAIL.text(localTime(campaign.votingWindow().closesAt(), campaign)), extensions);
        }
        // the ballot's item is written again with the tier, so that the public winners are read from the ballot alone
        return step(actor, current, "name", Optional.empty(), reason, n -> n.withTier(Optional.of(tier)),
                StepEffects.naming(ballotProfile(current).named(tier)));
    }

    /** A time as the campaign's people read it: in its time zone, to the minute, with the offset (the exact instant is in the problem's extensions). */
    private static String localTime(Instant instant, Campaign campaign) {
        return ZonedDateTime.ofInstant(instant, campaign.timeZone()).format(LOCAL_TIME);
    }

    /** What the ballot publishes of a finalist: the public notice's profile (consented), never its personal data. */
    private Candidate ballotProfile(Nomination nomination) {
        return new Candidate(nomination.campaignId(), nomination.nominationId(), nomination.nominee().name(),
                nomination.enterprise().name(), nomination.nominee().industry(), nomination.nominee().region(),
                RegionCode.name(nomination.nominee().region()).orElse(""), nomination.category(), nomination.nominee().trade(),
                nomination.nominee().citation(), Optional.empty(), photos.hasPhoto(nomination.campaignId(), nomination.nominationId()));
    }

    /** A step of the review office to the one status the workflow's table gives: role, workflow, the change, its audit entry. */
    private Nomination step(Actor actor, String campaignId, String nominationId, String action, Optional<String> reason,
                            UnaryOperator<Nomination> change, StepEffects effects) {
        NominationWorkflow.authorize(actor, action);
        return step(actor, find(campaignId, nominationId), action, Optional.empty(), reason, change, effects);
    }

    /**
     * The same from a nomination already read, to {@code chosen} where the step may lead to several
     * statuses: whatever was checked against it (scores, objections) was read after it, so a change
     * since then moved its version and the conditional write refuses.
     */
    private Nomination step(Actor actor, Nomination current, String action, Optional<NominationStatus> chosen,
                            Optional<String> reason, UnaryOperator<Nomination> change, StepEffects effects) {
        NominationWorkflow.authorize(actor, action);
        String campaignId = current.campaignId();
        String nominationId = current.nominationId();
        Impartiality.requireNoInterest(actor, current);
        NominationWorkflow.Transition transition = NominationWorkflow.require(current, action);
        NominationStatus to = chosen.map(transition::into).orElseGet(transition::target);
        Instant now = clock.instant();
        Nomination changed = change.apply(current.moved(to, now, reason));
        AuditEntry audit = new AuditEntry(campaignId, nominationId, now, actor.auditName(), transition.roleName(), action,
                Optional.of(current.status()), to, reason);
        if (reviews.step(changed, current.version(), audit, effects) != ChangeOutcome.CHANGED) {
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
                errors.add(FieldError.body("/scores/" + criterion, "required", ReviewMessages.SCORES_REQUIRED.text(criterion)));
            } else if (value < 0 || value > 100) {
                errors.add(FieldError.body("/scores/" + criterion, "range", ReviewMessages.SCORES_RANGE.text()));
            }
        }
        scores.keySet().stream().filter(k -> !criteria.contains(k)).forEach(k -> errors.add(FieldError.body("/scores/" + k,
                "unknown-field", ReviewMessages.SCORES_UNKNOWN_FIELD.text(k))));
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    private static void requireTier(Campaign campaign, String tier) {
        if (campaign.tier(tier).isEmpty()) {
            throw InvalidInputException.of(List.of(FieldError.body("/tier", "unknown-code", ReviewMessages.TIER_UNKNOWN_CODE.text(tier,
                    String.join(", ", campaign.tiers().stream().map(Label::code).toList())))));
        }
    }

    private static void requireConsent(Nomination nomination) {
        if (!nomination.publishProfile()) {
            throw new ConflictException("consent-required", ReviewMessages.CONSENT_REQUIRED_TITLE.text(),
                    ReviewMessages.CONSENT_REQUIRED_DETAIL.text(),
                    Map.of("nominationId", nomination.nominationId()));
        }
    }

    private static Map<String, String> window(TimeWindow window) {
        return Map.of("opensAt", window.opensAt().toString(), "closesAt", window.closesAt().toString());
    }
}
