package org.gongjiang.integrity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.integrity.model.Alert;
import org.gongjiang.integrity.model.AuditRecord;
import org.gongjiang.integrity.model.ImplicatedVote;
import org.gongjiang.integrity.model.IntegrityMessages;
import org.gongjiang.integrity.model.Rule;
import org.gongjiang.integrity.model.VoidRecord;
import org.gongjiang.integrity.model.WatchedVote;
import org.gongjiang.integrity.model.Windows;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.ForbiddenException;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.Role;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.voting.application.BallotStore;
import org.gongjiang.voting.application.PublishedVoidStore;
import org.gongjiang.voting.application.SuspensionStore;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.PublishedVoid;
import org.gongjiang.voting.model.VoteRef;
import org.gongjiang.voting.model.VoterId;

/**
 * The auditors' work (group {@code auditor}, apart from the review office): reading the watch's alerts
 * and their evidence; voiding votes (of an alert, of listed voters, or of a network, for a candidate in
 * a window) with a reason, where more than the campaign's {@code fourEyesAbove} votes wait for a second
 * auditor; restoring what was voided by mistake; suspending voters. A void marks each vote on its
 * ballot, and the votes stream carries the marks to every counter, once. Every action is audited and
 * every void published (without voters).
 */
public final class AuditService {

    private static final Pattern VOTER_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern NETWORK = Pattern.compile("[A-Za-z0-9_-]{8}");
    private static final Duration MAX_VOTER_WINDOW = Duration.ofDays(31);
    private static final Duration MAX_NETWORK_WINDOW = Duration.ofDays(2);
    private static final int MAX_VOTERS = 1_000;
    /** Voters times days of a void by voters: each is a ballot to read. */
    private static final int MAX_BALLOT_READS = 5_000;
    private static final int PARALLEL_REQUESTS = 16;
    private static final char[] ID_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();

    private final CampaignDirectory campaigns;
    private final IntegrityStore store;
    private final WatchLog log;
    private final BallotStore ballots;
    private final SuspensionStore suspensions;
    private final PublishedVoidStore published;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AuditService(CampaignDirectory campaigns, IntegrityStore store, WatchLog log, BallotStore ballots,
                        SuspensionStore suspensions, PublishedVoidStore published, Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.log = log;
        this.ballots = ballots;
        this.suspensions = suspensions;
        this.published = published;
        this.clock = clock;
    }

    /** What an auditor asks to void: the candidate, one scope (an alert's votes, listed voters, or a network), the window, why. */
    public record VoidRequest(String candidateId, Optional<String> alertId, List<String> voters, Optional<String> network,
                              Optional<Instant> from, Optional<Instant> to, String reason) {
        public VoidRequest {
            voters = voters == null ? List.of() : List.copyOf(voters);
        }
    }

    public List<Alert> alerts(Actor actor, String campaignId) {
        actor.require(Role.AUDITOR);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        return store.alerts(campaign.campaignId()).stream()
                .sorted(Comparator.comparing((Alert a) -> a.window().opensAt()).reversed().thenComparing(Alert::alertId)).toList();
    }

    public Alert alert(Actor actor, String campaignId, String alertId) {
        actor.require(Role.AUDITOR);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        return store.alert(campaign.campaignId(), String.valueOf(alertId)).orElseThrow(() -> new NotFoundException("alert-not-found",
                IntegrityMessages.ALERT_NOT_FOUND.text(campaign.campaignId(), alertId)));
    }

    /** Asks for a void: applied at once, or, above the four-eyes threshold, waiting for a second auditor. */
    public VoidRecord requestVoid(Actor actor, String campaignId, VoidRequest request) {
        requireAuditor(actor);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Resolved resolved = resolve(actor, campaign, request);
        if (resolved.votes().isEmpty()) {
            throw new ConflictException("nothing-to-void", IntegrityMessages.NOTHING_TO_VOID_TITLE.text(),
                    IntegrityMessages.NOTHING_TO_VOID_DETAIL.text(request.candidateId()), Map.of());
        }
        if (resolved.votes().size() > VoidRecord.MAX_VOTES) {
            throw new ConflictException("void-too-large", IntegrityMessages.VOID_TOO_LARGE_TITLE.text(),
                    IntegrityMessages.VOID_TOO_LARGE_DETAIL.text(VoidRecord.MAX_VOTES, resolved.votes().size()),
                    Map.of("maxVotes", VoidRecord.MAX_VOTES, "votes", resolved.votes().size()));
        }
        Instant now = clock.instant();
        boolean fourEyes = resolved.votes().size() > campaign.integrity().fourEyesAbove();
        VoidRecord pending = new VoidRecord(newId(), campaign.campaignId(), request.candidateId(), resolved.rule(), request.alertId(),
                resolved.scope(), resolved.cast(), request.reason(), resolved.votes(), VoidRecord.Status.PENDING_CONFIRMATION,
                actor.auditName(), now, Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                campaign.personalDataExpiresAt());
        if (!store.createVoid(pending)) {
            throw new IllegalStateException("void id taken: " + pending.voidId());
        }
        audit(campaign, actor, "request-void", pending.voidId(), pending.votes().size(), request.reason());
        return fourEyes ? pending : apply(campaign, actor, pending, Optional.empty());
    }

    /** A second auditor confirms a void that waits for it. */
    public VoidRecord confirmVoid(Actor actor, String campaignId, String voidId) {
        requireAuditor(actor);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        VoidRecord record = voidRecord(actor, campaign.campaignId(), voidId);
        if (record.status() != VoidRecord.Status.PENDING_CONFIRMATION) {
            throw new ConflictException("void-not-pending", IntegrityMessages.VOID_NOT_PENDING_TITLE.text(),
                    IntegrityMessages.VOID_NOT_PENDING_DETAIL.text(voidId, status(record)), Map.of("voidStatus", status(record)));
        }
        if (record.requestedBy().equals(actor.auditName())) {
            throw new ForbiddenException("four-eyes", IntegrityMessages.FOUR_EYES_TITLE.text(),
                    IntegrityMessages.FOUR_EYES_DETAIL.text(voidId), Map.of());
        }
        return apply(campaign, actor, record, Optional.of(actor.auditName()));
    }

    /** Takes a void back: every vote it marked counts again. */
    public VoidRecord restoreVoid(Actor actor, String campaignId, String voidId, String reason) {
        requireAuditor(actor);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        VoidRecord record = voidRecord(actor, campaign.campaignId(), voidId);
        if (record.status() != VoidRecord.Status.APPLIED) {
            throw new ConflictException("void-not-applied", IntegrityMessages.VOID_NOT_APPLIED_TITLE.text(),
                    IntegrityMessages.VOID_NOT_APPLIED_DETAIL.text(voidId, status(record)), Map.of("voidStatus", status(record)));
        }
        int restored = forEachVote(record.votes(), vote -> ballots.restoreVote(vote, record.voidId()));
        VoidRecord done = record.restored(actor.auditName(), clock.instant(), reason, restored);
        if (!store.replaceVoid(done, VoidRecord.Status.APPLIED)) {
            throw changedMeanwhile(voidId);
        }
        published.publish(campaign.campaignId(), publicView(done));
        audit(campaign, actor, "restore-void", voidId, restored, reason);
        return done;
    }

    public VoidRecord voidRecord(Actor actor, String campaignId, String voidId) {
        actor.require(Role.AUDITOR);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        return store.voidRecord(campaign.campaignId(), String.valueOf(voidId)).orElseThrow(() -> new NotFoundException("void-not-found",
                IntegrityMessages.VOID_NOT_FOUND.text(campaign.campaignId(), voidId)));
    }

    public List<VoidRecord> voids(Actor actor, String campaignId) {
        actor.require(Role.AUDITOR);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        return store.voids(campaign.campaignId()).stream().sorted(Comparator.comparing(VoidRecord::requestedAt).reversed()).toList();
    }

    public void suspend(Actor actor, String campaignId, String voterId, String reason) {
        requireAuditor(actor);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        VoterId voter = voterId(voterId, "/voterId");
        if (!suspensions.suspend(campaign.campaignId(), voter)) {
            throw new ConflictException("already-suspended", IntegrityMessages.ALREADY_SUSPENDED_TITLE.text(),
                    IntegrityMessages.ALREADY_SUSPENDED_DETAIL.text(voterId), Map.of());
        }
        audit(campaign, actor, "suspend-voter", voterId, 0, reason);
    }

    public void lift(Actor actor, String campaignId, String voterId) {
        requireAuditor(actor);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        if (voterId == null || !VOTER_ID.matcher(voterId).matches() || !suspensions.lift(campaign.campaignId(), new VoterId(voterId))) {
            throw new NotFoundException("suspension-not-found", IntegrityMessages.NOT_SUSPENDED.text(String.valueOf(voterId)));
        }
        audit(campaign, actor, "lift-suspension", voterId, 0, null);
    }

    public Set<String> suspended(Actor actor, String campaignId) {
        actor.require(Role.AUDITOR);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        return suspensions.suspended(campaign.campaignId());
    }

    public List<AuditRecord> auditTrail(Actor actor, String campaignId) {
        actor.require(Role.AUDITOR, Role.ADMIN);
        Campaign campaign = campaigns.requireCampaign(campaignId);
        return store.auditTrail(campaign.campaignId()).stream().sorted(Comparator.comparing(AuditRecord::at)).toList();
    }

    // ------------------------------------------------------------------------------------------------

    private record Resolved(List<VoteRef> votes, Rule rule, String scope, TimeWindow cast) {
    }

    private Resolved resolve(Actor actor, Campaign campaign, VoidRequest request) {
        int scopes = (request.alertId().isPresent() ? 1 : 0) + (request.voters().isEmpty() ? 0 : 1) + (request.network().isPresent() ? 1 : 0);
        List<FieldError> errors = new ArrayList<>();
        if (scopes == 0) {
            errors.add(FieldError.body("", "scope", IntegrityMessages.SCOPE_REQUIRED.text()));
        } else if (scopes > 1) {
            errors.add(FieldError.body("", "scope", IntegrityMessages.SCOPE_ONE.text()));
        }
        request.voters().stream().filter(Predicate.not(id -> VOTER_ID.matcher(id).matches())).findFirst().ifPresent(id ->
                errors.add(FieldError.body("/voters", "pattern", IntegrityMessages.VOTER_ID_PATTERN.text(id))));
        request.network().filter(Predicate.not(id -> NETWORK.matcher(id).matches())).ifPresent(id ->
                errors.add(FieldError.body("/network", "pattern", IntegrityMessages.NETWORK_PATTERN.text(id))));
        Optional<Alert> alert = Optional.empty();
        if (request.alertId().isPresent() && scopes == 1) {
            alert = Optional.of(alert(actor, campaign.campaignId(), request.alertId().get()));
            if (!alert.get().candidateId().equals(request.candidateId())) {
                errors.add(FieldError.body("/candidateId", "alert", IntegrityMessages.ALERT_OTHER_CANDIDATE.text(alert.get().alertId(),
                        alert.get().candidateId(), request.candidateId())));
            }
        }
        Instant from = request.from().orElse(null);
        Instant to = request.to().orElse(null);
        if (alert.isPresent()) {
            from = from == null ? alert.get().window().opensAt() : from;
            to = to == null ? alert.get().window().closesAt() : to;
        } else if (scopes == 1 && (from == null || to == null)) {
            errors.add(FieldError.body(from == null ? "/from" : "/to", "required", IntegrityMessages.WINDOW_REQUIRED.text()));
        }
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add(FieldError.body("/to", "order", IntegrityMessages.WINDOW_ORDER.text()));
        }
        Duration longest = request.network().isPresent() ? MAX_NETWORK_WINDOW : MAX_VOTER_WINDOW;
        if (from != null && to != null && Duration.between(from, to).compareTo(longest) > 0) {
            errors.add(FieldError.body("/to", "range", IntegrityMessages.WINDOW_TOO_LONG.text(longest.toString())));
        }
        if (from != null && to != null && !request.voters().isEmpty() && to.isAfter(from)) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(campaign.votingDay(from), campaign.votingDay(to.minusMillis(1))) + 1;
            long reads = days * new LinkedHashSet<>(request.voters()).size();
            if (reads > MAX_BALLOT_READS) {
                errors.add(FieldError.body("/to", "range", IntegrityMessages.TOO_MANY_BALLOTS.text(reads, MAX_BALLOT_READS)));
            }
        }
        if (request.voters().size() > MAX_VOTERS) {
            errors.add(FieldError.body("/voters", "items", IntegrityMessages.VOID_TOO_LARGE_DETAIL.text(MAX_VOTERS, request.voters().size())));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        TimeWindow cast = new TimeWindow(from, to);
        if (alert.isPresent()) {
            List<VoteRef> votes = refs(campaign, alert.get().implicated().stream()
                    .filter(v -> v.candidateId().equals(request.candidateId()) && cast.isOpenAt(v.castAt())).toList());
            return new Resolved(votes, alert.get().rule(), "alert:" + alert.get().alertId(), cast);
        }
        if (request.network().isPresent()) {
            List<ImplicatedVote> fromNetwork = new ArrayList<>();
            for (Instant window = Windows.startOf(from); window.isBefore(to); window = Windows.next(window)) {
                for (WatchedVote vote : log.window(campaign.campaignId(), window)) {
                    if (vote.candidateId().equals(request.candidateId()) && vote.signals().network().equals(request.network().get())
                            && cast.isOpenAt(vote.castAt())) {
                        fromNetwork.add(ImplicatedVote.of(vote));
                    }
                }
            }
            return new Resolved(refs(campaign, fromNetwork), Rule.MANUAL, "network:" + request.network().get(), cast);
        }
        return new Resolved(votersVotes(campaign, request.candidateId(), request.voters(), cast), Rule.MANUAL,
                "voters:" + request.voters().size(), cast);
    }

    /** The votes still counting among implicated ones, as references to their ballots. */
    private List<VoteRef> refs(Campaign campaign, List<ImplicatedVote> votes) {
        Set<VoteRef> refs = new LinkedHashSet<>();
        for (ImplicatedVote vote : votes) {
            refs.add(new VoteRef(campaign.campaignId(), campaign.votingDay(vote.castAt()), new VoterId(vote.voterId()), vote.candidateId()));
        }
        return inParallel(List.copyOf(refs), ref -> ballots.find(ref.campaignId(), ref.day(), ref.voter())
                .flatMap(ballot -> ballot.vote(ref.candidateId())).filter(DailyBallot.Entry::counted).map(entry -> ref))
                .stream().flatMap(Optional::stream).toList();
    }

    /** The listed voters' votes for the candidate cast in the window, that still count (read from their ballots). */
    private List<VoteRef> votersVotes(Campaign campaign, String candidateId, List<String> voters, TimeWindow cast) {
        List<VoteRef> ballotsToRead = new ArrayList<>();
        LocalDate last = campaign.votingDay(cast.closesAt().minusMillis(1));
        for (String voterId : new LinkedHashSet<>(voters)) {
            for (LocalDate day = campaign.votingDay(cast.opensAt()); !day.isAfter(last); day = day.plusDays(1)) {
                ballotsToRead.add(new VoteRef(campaign.campaignId(), day, new VoterId(voterId), candidateId));
            }
        }
        return inParallel(ballotsToRead, ref -> ballots.find(ref.campaignId(), ref.day(), ref.voter())
                .flatMap(ballot -> ballot.vote(candidateId)).filter(entry -> entry.counted() && cast.isOpenAt(entry.castAt()))
                .map(entry -> ref))
                .stream().flatMap(Optional::stream).toList();
    }

    private VoidRecord apply(Campaign campaign, Actor actor, VoidRecord record, Optional<String> confirmer) {
        int voided = forEachVote(record.votes(), vote -> ballots.voidVote(vote, record.voidId()));
        VoidRecord applied = record.applied(confirmer, clock.instant(), voided);
        if (!store.replaceVoid(applied, VoidRecord.Status.PENDING_CONFIRMATION)) {
            throw changedMeanwhile(record.voidId());
        }
        published.publish(campaign.campaignId(), publicView(applied));
        audit(campaign, actor, confirmer.isPresent() ? "confirm-void" : "apply-void", record.voidId(), voided, record.reason());
        return applied;
    }

    /** Marks (or unmarks) each vote; how many it changed. */
    private static int forEachVote(List<VoteRef> votes, Predicate<VoteRef> change) {
        return (int) inParallel(votes, change::test).stream().filter(Boolean::booleanValue).count();
    }

    /**
     * {@code task} on each item, sixteen at a time, the results in order: a void reads and marks up to
     * thousands of ballots, one request each, and must answer within the API's 29 seconds.
     */
    private static <T, R> List<R> inParallel(List<T> items, java.util.function.Function<T, R> task) {
        try (ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL_REQUESTS, items.size())))) {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(workers.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while marking votes", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static PublishedVoid publicView(VoidRecord record) {
        return new PublishedVoid(record.voidId(), record.candidateId(), record.cast().opensAt().truncatedTo(ChronoUnit.HOURS),
                record.cast().closesAt().truncatedTo(ChronoUnit.HOURS),
                record.appliedAt().orElse(record.requestedAt()).truncatedTo(ChronoUnit.HOURS), record.votesVoided(),
                record.rule().code(), record.reason(), record.status() == VoidRecord.Status.RESTORED, record.votesRestored());
    }

    private VoterId voterId(String voterId, String pointer) {
        if (voterId == null || !VOTER_ID.matcher(voterId).matches()) {
            throw InvalidInputException.of(List.of(FieldError.body(pointer, "pattern",
                    IntegrityMessages.VOTER_ID_PATTERN.text(String.valueOf(voterId)))));
        }
        return new VoterId(voterId);
    }

    /** Separation of duties: the review office decides on nominations, the auditors on votes, never one login both. */
    private static void requireAuditor(Actor actor) {
        actor.require(Role.AUDITOR);
        if (actor.has(Role.REVIEWER)) {
            throw new ForbiddenException("separation-of-duties", IntegrityMessages.SEPARATION_OF_DUTIES_TITLE.text(),
                    IntegrityMessages.SEPARATION_OF_DUTIES_DETAIL.text(), Map.of());
        }
    }

    private void audit(Campaign campaign, Actor actor, String action, String subject, int votes, String reason) {
        store.audit(new AuditRecord(campaign.campaignId(), clock.instant(), actor.auditName(), action, subject, votes,
                Optional.ofNullable(reason)), campaign.personalDataExpiresAt());
    }

    static String status(VoidRecord record) {
        return record.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static ConflictException changedMeanwhile(String voidId) {
        return new ConflictException("concurrent-update", IntegrityMessages.CHANGED_MEANWHILE_TITLE.text(),
                IntegrityMessages.CHANGED_MEANWHILE_DETAIL.text(voidId), Map.of());
    }

    private String newId() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return "V" + new String(id);
    }
}
