package org.gongjiang.stats.application;

import org.gongjiang.stats.model.StatsMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.Category;
import org.gongjiang.campaign.model.Label;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.nomination.model.RegionCode;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.Language;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.stats.application.StatsStore.Scope;
import org.gongjiang.stats.disclosure.CountTable;
import org.gongjiang.stats.disclosure.DisclosureControl;
import org.gongjiang.stats.disclosure.PublishedCount;
import org.gongjiang.stats.model.StatsDimension;
import org.gongjiang.stats.model.StatsTable;
import org.gongjiang.voting.application.CandidateDirectory;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.PublishedVoid;
import org.gongjiang.voting.model.VoteTotals;

/**
 * Open statistics for journalists, read from counters only (never from nominations or ballots): a
 * summary, nominations by one or two dimensions, vote totals, and the vote timeline. Counts of people
 * go through {@link DisclosureControl}; vote totals of published finalists are exact; the finest time
 * grain is the hour.
 */
public final class StatsService {

    public static final String TOTAL = "total";
    /** An hour-by-hour timeline covers at most this many days in one answer. */
    public static final int MAX_HOURLY_DAYS = 31;

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX");

    private final CampaignDirectory campaigns;
    private final CandidateDirectory candidates;
    private final StatsStore stats;
    private final Clock clock;

    public StatsService(CampaignDirectory campaigns, CandidateDirectory candidates, StatsStore stats, Clock clock) {
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.stats = stats;
        this.clock = clock;
    }

    /** Where a request reads from: the live counters, or a snapshot that must exist. */
    public Scope scope(String campaignId, Optional<String> snapshot) {
        if (snapshot.isEmpty()) {
            return Scope.live(campaignId); // the figures' own read checks the campaign
        }
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Optional<LocalDate> date = parseDate(snapshot.get());
        if (date.isEmpty() || stats.snapshots(campaign.campaignId()).stream().noneMatch(s -> s.date().equals(date.get()))) {
            throw new NotFoundException("snapshot-not-found",
                    StatsMessages.SNAPSHOT_NOT_FOUND.text(campaign.campaignId(), snapshot.get()));
        }
        return new Scope(campaign.campaignId(), date);
    }

    public List<StatsStore.Snapshot> snapshots(String campaignId) {
        return stats.snapshots(campaigns.requireCampaign(campaignId).campaignId());
    }

    // ---------------------------------------------------------------- summary

    public StatsTable summary(Scope scope, Language language) {
        Campaign campaign = campaigns.requireCampaign(scope.campaignId());
        DisclosureControl control = new DisclosureControl(campaign.disclosureThreshold());
        VoteTotals totals = stats.totals(scope);
        Instant now = now(scope);
        List<Map<String, Object>> rows = new ArrayList<>();

        StatsStore.NominationCounts statusCounts = stats.nominationCounts(scope, List.of(StatsDimension.STATUS));
        Map<List<String>, Long> byStatus = statusCounts.cells();
        List<String> statuses = categories(campaign, StatsDimension.STATUS, byStatus.keySet(), 0);
        DisclosureControl.ProtectedLine status = control.protect(statuses, counts(statuses, byStatus));
        boolean secondary = status.secondaryApplied();
        rows.add(measure("nominations", TOTAL, status.total()));
        for (int i = 0; i < statuses.size(); i++) {
            rows.add(measure("nominations", statuses.get(i), status.counts().get(i)));
        }
        List<String> finalStatuses = List.of(NominationStatus.FINALIST.name(), NominationStatus.NAMED.name());
        rows.add(measure("finalists", TOTAL, sumIfPublished(finalStatuses.stream()
                .map(s -> status.counts().get(statuses.indexOf(s))).toList())));

        rows.add(measure("votes", TOTAL, PublishedCount.of(totals.total())));
        LocalDate today = campaign.votingDay(now);
        Map<LocalDate, StatsStore.DayCount> days = stats.days(scope, campaign.votingDay(campaign.votingWindow().opensAt()), today);
        rows.add(measure("votes", "today", PublishedCount.of(days.getOrDefault(today, new StatsStore.DayCount(0, 0)).votes())));
        for (LocalDate day : votingDays(campaign, now)) {
            rows.add(measure("voters", day.toString(), control.single(days.getOrDefault(day, new StatsStore.DayCount(0, 0)).voters())));
        }

        Map<List<String>, Long> frontLine = stats.nominationCounts(scope, List.of(StatsDimension.FRONT_LINE)).cells();
        DisclosureControl.ProtectedLine nominees = control.protect(List.of("yes", "no"), counts(List.of("yes", "no"), frontLine));
        secondary |= nominees.secondaryApplied();
        rows.add(share("frontLineShare", "nominees", nominees.counts().getFirst(), nominees.total()));
        Map<List<String>, Long> statusByFrontLine = stats.nominationCounts(scope, List.of(StatsDimension.FRONT_LINE, StatsDimension.STATUS))
                .cells();
        DisclosureControl.ProtectedTable crossed = control.protect(new CountTable(List.of("yes", "no"), statuses,
                counts(List.of("yes", "no"), statuses, statusByFrontLine)));
        secondary |= crossed.secondaryApplied();
        PublishedCount finalistsOnTheLine = sumIfPublished(finalStatuses.stream()
                .map(s -> crossed.cells().getFirst().get(statuses.indexOf(s))).toList());
        PublishedCount finalists = sumIfPublished(finalStatuses.stream()
                .map(s -> crossed.columnTotals().counts().get(statuses.indexOf(s))).toList());
        rows.add(share("frontLineShare", "finalists", finalistsOnTheLine, finalists));

        return new StatsTable(Datasets.cited(scope, Datasets.SUMMARY), StatsMessages.TITLE_SUMMARY.text(), campaign.campaignId(),
                asOf(scope, campaign, latest(totals.updatedAt(), statusCounts.updatedAt()), now), scope.snapshot(), summaryFields(), rows,
                "rows",
                new StatsTable.Disclosure(campaign.disclosureThreshold(), true, secondary, false), Map.of());
    }

    private static Map<String, Object> measure(String measure, String key, PublishedCount count) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measure", measure);
        row.put("key", key);
        row.put("value", count.value());
        row.put("suppressed", count.suppressed());
        return row;
    }

    private static Map<String, Object> share(String measure, String key, PublishedCount part, PublishedCount whole) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measure", measure);
        row.put("key", key);
        boolean hidden = part.suppressed() || whole.suppressed();
        Double value = null;
        if (!hidden) {
            value = whole.value() == 0 ? 0.0 : Math.round(10_000.0 * part.value() / whole.value()) / 10_000.0;
        }
        row.put("value", value);
        row.put("suppressed", hidden);
        return row;
    }

    /** A sum of published counts, or withheld if any of them is (a sum must not reveal a withheld part). */
    private static PublishedCount sumIfPublished(List<PublishedCount> parts) {
        if (parts.stream().anyMatch(PublishedCount::suppressed)) {
            return PublishedCount.withheld();
        }
        return PublishedCount.of(parts.stream().mapToLong(PublishedCount::value).sum());
    }

    // ---------------------------------------------------------------- nominations

    /** Nominations by one dimension, or two (a two-way table, with its totals). */
    public StatsTable nominations(Scope scope, List<StatsDimension> by, Language language) {
        Campaign campaign = campaigns.requireCampaign(scope.campaignId());
        DisclosureControl control = new DisclosureControl(campaign.disclosureThreshold());
        List<StatsDimension> stored = by.stream().sorted().toList();
        StatsStore.NominationCounts read = stats.nominationCounts(scope, stored);
        Map<List<String>, Long> counts = read.cells();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<StatsTable.Field> fields = nominationFields(by);
        boolean secondary;
        boolean withheld = false;
        if (by.size() == 1) {
            StatsDimension dimension = by.getFirst();
            List<String> values = categories(campaign, dimension, counts.keySet(), 0);
            DisclosureControl.ProtectedLine line = control.protect(values, counts(values, counts));
            for (int i = 0; i <= values.size(); i++) {
                rows.add(cellRow(campaign, language, by, List.of(i < values.size() ? values.get(i) : TOTAL),
                        i < values.size() ? line.counts().get(i) : line.total()));
            }
            secondary = line.secondaryApplied();
        } else {
            // protected in the stored order (the same table whichever order it is asked in), listed in the asked order
            List<String> rowValues = categories(campaign, stored.get(0), counts.keySet(), 0);
            List<String> columnValues = categories(campaign, stored.get(1), counts.keySet(), 1);
            DisclosureControl.ProtectedTable table = control.protect(new CountTable(rowValues, columnValues,
                    counts(rowValues, columnValues, counts)));
            boolean transposed = !stored.equals(by);
            List<String> firstValues = transposed ? columnValues : rowValues;
            List<String> secondValues = transposed ? rowValues : columnValues;
            for (int a = 0; a <= firstValues.size(); a++) {
                for (int b = 0; b <= secondValues.size(); b++) {
                    int i = transposed ? b : a;
                    int j = transposed ? a : b;
                    PublishedCount count = i < rowValues.size()
                            ? (j < columnValues.size() ? table.cells().get(i).get(j) : table.rowTotals().counts().get(i))
                            : (j < columnValues.size() ? table.columnTotals().counts().get(j) : table.total());
                    rows.add(cellRow(campaign, language, by, List.of(a < firstValues.size() ? firstValues.get(a) : TOTAL,
                            b < secondValues.size() ? secondValues.get(b) : TOTAL), count));
                }
            }
            secondary = table.secondaryApplied();
            withheld = table.withheld();
        }
        LocalizedText title = StatsMessages.TITLE_NOMINATIONS.text(LocalizedText.of(
                String.join("和", by.stream().map(d -> dimensionTitle(d).zh()).toList()),
                String.join(" and ", by.stream().map(StatsDimension::code).toList())));
        Instant now = now(scope);
        return new StatsTable(Datasets.cited(scope, Datasets.nominations(by)), title, campaign.campaignId(),
                asOf(scope, campaign, read.updatedAt(), now), scope.snapshot(), fields, rows, "rows",
                new StatsTable.Disclosure(campaign.disclosureThreshold(), true, secondary, withheld), Map.of());
    }

    private static Map<String, Object> cellRow(Campaign campaign, Language language, List<StatsDimension> dimensions, List<String> cell,
                                               PublishedCount count) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            row.put(dimensions.get(i).code(), cell.get(i));
            row.put(dimensions.get(i).code() + "Name", label(campaign, dimensions.get(i), cell.get(i)).in(language));
        }
        row.put("count", count.value());
        row.put("suppressed", count.suppressed());
        return row;
    }

    /**
     * The categories of a dimension, in their natural order: the campaign's own lists (industries,
     * categories, tiers), every band and status, and any value the counters hold beyond those (regions
     * are only known from the counters). {@code position} is the dimension's place in stored cells.
     */
    List<String> categories(Campaign campaign, StatsDimension dimension, Set<List<String>> observedCells, int position) {
        Set<String> values = new LinkedHashSet<>(switch (dimension) {
            case INDUSTRY -> campaign.industries().stream().map(Label::code).toList();
            case REGION -> List.<String>of();
            case CATEGORY -> campaign.categories().stream().map(Category::code).toList();
            case TIER -> Stream.concat(campaign.tiers().stream().map(Label::code), Stream.of(StatsDimension.NO_TIER)).toList();
            case SEX -> List.of("M", "F");
            case AGE_BAND -> StatsDimension.AGE_BANDS;
            case YEARS_IN_TRADE_BAND -> StatsDimension.YEARS_IN_TRADE_BANDS;
            case FRONT_LINE -> List.of("yes", "no");
            case STATUS -> Stream.of(NominationStatus.values()).map(Enum::name).toList();
        });
        Set<String> extra = new TreeSet<>();
        observedCells.forEach(cell -> {
            if (position < cell.size() && !values.contains(cell.get(position))) {
                extra.add(cell.get(position));
            }
        });
        values.addAll(extra);
        return List.copyOf(values);
    }

    private static long[] counts(List<String> values, Map<List<String>, Long> counts) {
        return values.stream().mapToLong(value -> Math.max(0, counts.getOrDefault(List.of(value), 0L))).toArray();
    }

    private static long[][] counts(List<String> rows, List<String> columns, Map<List<String>, Long> counts) {
        long[][] table = new long[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                table[i][j] = Math.max(0, counts.getOrDefault(List.of(rows.get(i), columns.get(j)), 0L));
            }
        }
        return table;
    }

    // ---------------------------------------------------------------- votes

    /** Each published finalist's votes and share of all votes, most first; optionally one industry or category. */
    public StatsTable votes(Scope scope, Optional<String> industry, Optional<String> category, Language language) {
        Campaign campaign = campaigns.requireCampaign(scope.campaignId());
        requireCode(campaign.industries().stream().map(Label::code).toList(), industry, "industry");
        requireCode(campaign.categories().stream().map(Category::code).toList(), category, "category");
        List<Candidate> ballot = scope.snapshot().isPresent() ? stats.frozenBallot(scope) : candidates.ballot(campaign.campaignId());
        VoteTotals totals = stats.totals(scope);
        long total = ballot.stream().mapToLong(candidate -> totals.votesFor(candidate.candidateId())).sum();
        List<Map<String, Object>> rows = ballot.stream()
                .filter(candidate -> industry.map(candidate.industry()::equals).orElse(true))
                .filter(candidate -> category.map(candidate.category()::equals).orElse(true))
                .sorted(Comparator.comparingLong((Candidate candidate) -> totals.votesFor(candidate.candidateId())).reversed()
                        .thenComparing(Candidate::candidateId))
                .map(candidate -> {
                    long votes = totals.votesFor(candidate.candidateId());
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("candidateId", candidate.candidateId());
                    row.put("name", candidate.name());
                    row.put("industry", candidate.industry());
                    row.put("category", candidate.category());
                    row.put("votes", votes);
                    row.put("voided", totals.voidedFor(candidate.candidateId()));
                    row.put("share", total == 0 ? 0.0 : Math.round(1_000_000.0 * votes / total) / 1_000_000.0);
                    return row;
                }).toList();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("total", total);
        extra.put("totalVoided", ballot.stream().mapToLong(candidate -> totals.voidedFor(candidate.candidateId())).sum());
        Instant now = now(scope);
        return new StatsTable(Datasets.cited(scope, Datasets.VOTES), StatsMessages.TITLE_VOTES.text(), campaign.campaignId(),
                asOf(scope, campaign, totals.updatedAt(), now), scope.snapshot(), voteFields(), rows, "candidates",
                new StatsTable.Disclosure(campaign.disclosureThreshold(), false, false, false), extra);
    }

    // ---------------------------------------------------------------- winners

    /**
     * The public result of a campaign: its tiers in the campaign's order, each with the finalists named in
     * it, and the ranking's public part (every finalist's valid and voided votes, as {@link #votes} reads
     * them, and its tier if named; never the expert scores).
     */
    public record Winners(Campaign campaign, StatsTable ranking, List<NamedTier> tiers, boolean votingClosed) {

        public Winners {
            tiers = List.copyOf(tiers);
        }
    }

    /** A tier of the campaign and the finalists named in it, by candidate id. */
    public record NamedTier(Label tier, List<Candidate> winners) {

        public NamedTier {
            winners = List.copyOf(winners);
        }
    }

    /** The winners named so far (none before naming: every tier empty) and the finalists' votes, most valid votes first. */
    public Winners winners(String campaignId, Language language) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Scope scope = Scope.live(campaign.campaignId());
        List<Candidate> ballot = candidates.ballot(campaign.campaignId());
        VoteTotals totals = stats.totals(scope);
        List<Map<String, Object>> rows = ballot.stream()
                .sorted(Comparator.comparingLong((Candidate candidate) -> totals.votesFor(candidate.candidateId())).reversed()
                        .thenComparing(Candidate::candidateId))
                .map(candidate -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("candidateId", candidate.candidateId());
                    row.put("name", candidate.name());
                    row.put("enterprise", candidate.enterprise());
                    row.put("industry", candidate.industry());
                    row.put("category", candidate.category());
                    row.put("tier", candidate.tier().orElse(null));
                    row.put("tierName", candidate.tier().flatMap(campaign::tier).map(label -> label.name().in(language)).orElse(null));
                    row.put("votes", totals.votesFor(candidate.candidateId()));
                    row.put("voided", totals.voidedFor(candidate.candidateId()));
                    return row;
                }).toList();
        List<NamedTier> tiers = campaign.tiers().stream().map(tier -> new NamedTier(tier, ballot.stream()
                .filter(candidate -> candidate.tier().equals(Optional.of(tier.code())))
                .sorted(Comparator.comparing(Candidate::candidateId)).toList())).toList();
        Instant now = clock.instant();
        boolean closed = campaign.votingWindow().hasClosedAt(now);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("votingClosed", closed);
        extra.put("winnersNamed", tiers.stream().mapToInt(tier -> tier.winners().size()).sum());
        extra.put("total", ballot.stream().mapToLong(candidate -> totals.votesFor(candidate.candidateId())).sum());
        extra.put("totalVoided", ballot.stream().mapToLong(candidate -> totals.voidedFor(candidate.candidateId())).sum());
        StatsTable ranking = new StatsTable(Datasets.cited(scope, Datasets.WINNERS), StatsMessages.TITLE_WINNERS.text(),
                campaign.campaignId(), asOf(scope, campaign, totals.updatedAt(), now), Optional.empty(), winnerFields(), rows, "ranking",
                new StatsTable.Disclosure(campaign.disclosureThreshold(), false, false, false), extra);
        return new Winners(campaign, ranking, tiers, closed);
    }

    public static List<StatsTable.Field> winnerFields() {
        return List.of(
                new StatsTable.Field("candidateId", "string", StatsMessages.FIELD_CANDIDATE_ID.text()),
                new StatsTable.Field("name", "string", StatsMessages.FIELD_NAME.text()),
                new StatsTable.Field("enterprise", "string", StatsMessages.FIELD_ENTERPRISE.text()),
                new StatsTable.Field("industry", "string", StatsMessages.FIELD_INDUSTRY.text()),
                new StatsTable.Field("category", "string", StatsMessages.FIELD_CATEGORY.text()),
                new StatsTable.Field("tier", "string", StatsMessages.FIELD_TIER.text()),
                new StatsTable.Field("tierName", "string", StatsMessages.FIELD_TIER_NAME.text()),
                new StatsTable.Field("votes", "integer", StatsMessages.FIELD_VOTES_EXACT.text()),
                new StatsTable.Field("voided", "integer", StatsMessages.FIELD_VOIDED.text()));
    }

    // ---------------------------------------------------------------- timeline

    public enum Interval { HOUR, DAY }

    /**
     * Votes per hour or per day (in the campaign's time zone) from {@code from} to {@code to}, both
     * voting days, inclusive; by default the whole vote so far. Days also count voters (people).
     */
    public StatsTable timeline(Scope scope, Interval interval, Optional<LocalDate> from, Optional<LocalDate> to, Language language) {
        Campaign campaign = campaigns.requireCampaign(scope.campaignId());
        Instant now = now(scope);
        LocalDate first = campaign.votingDay(campaign.votingWindow().opensAt());
        LocalDate last = campaign.votingDay(campaign.votingWindow().closesAt().minusNanos(1));
        LocalDate start = from.orElse(first).isBefore(first) ? first : from.orElse(first);
        LocalDate end = to.orElse(last).isAfter(last) ? last : to.orElse(last);
        if (!end.isBefore(campaign.votingDay(now)) && !now.isBefore(campaign.votingWindow().opensAt())) {
            end = campaign.votingDay(now).isBefore(end) ? campaign.votingDay(now) : end;
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw InvalidInputException.of(List.of(FieldError.query("to", "order", StatsMessages.TO_ORDER.text())));
        }
        if (interval == Interval.HOUR && ChronoUnit.DAYS.between(start, end) >= MAX_HOURLY_DAYS) {
            throw InvalidInputException.of(List.of(FieldError.query("to", "range", StatsMessages.TO_RANGE.text(MAX_HOURLY_DAYS))));
        }
        DisclosureControl control = new DisclosureControl(campaign.disclosureThreshold());
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean started = !now.isBefore(campaign.votingWindow().opensAt());
        if (interval == Interval.DAY) {
            Map<LocalDate, StatsStore.DayCount> days = started ? stats.days(scope, start, end) : Map.of();
            for (LocalDate day = start; started && !day.isAfter(end); day = day.plusDays(1)) {
                StatsStore.DayCount count = days.getOrDefault(day, new StatsStore.DayCount(0, 0));
                PublishedCount voters = control.single(count.voters());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("date", day.toString());
                row.put("votes", count.votes());
                row.put("voters", voters.value());
                row.put("suppressed", voters.suppressed());
                rows.add(row);
            }
        } else {
            Instant windowStart = start.atStartOfDay(campaign.timeZone()).toInstant();
            Instant windowEnd = end.plusDays(1).atStartOfDay(campaign.timeZone()).toInstant();
            Instant opens = campaign.votingWindow().opensAt().truncatedTo(ChronoUnit.HOURS);
            Instant stop = min(min(windowEnd, campaign.votingWindow().closesAt()), now);
            Instant hour = windowStart.isBefore(opens) ? opens : windowStart;
            Map<Instant, Long> hours = started ? stats.hours(scope, hour, stop) : Map.of();
            for (; started && hour.isBefore(stop); hour = hour.plus(Duration.ofHours(1))) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("hour", ZonedDateTime.ofInstant(hour, campaign.timeZone()).format(HOUR));
                row.put("votes", hours.getOrDefault(hour, 0L));
                rows.add(row);
            }
        }
        return new StatsTable(Datasets.cited(scope, Datasets.timeline(interval)), StatsMessages.TITLE_TIMELINE.text(), campaign.campaignId(),
                asOf(scope, campaign, stats.totals(scope).updatedAt(), now), scope.snapshot(), timelineFields(interval), rows, "rows",
                new StatsTable.Disclosure(campaign.disclosureThreshold(), interval == Interval.DAY, false, false), Map.of());
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        return Stream.of(a, b).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // ---------------------------------------------------------------- schemas

    public static List<StatsTable.Field> summaryFields() {
        return List.of(
                new StatsTable.Field("measure", "string", StatsMessages.FIELD_MEASURE.text()),
                new StatsTable.Field("key", "string", StatsMessages.FIELD_KEY.text()),
                new StatsTable.Field("value", "number", StatsMessages.FIELD_VALUE.text()),
                suppressedField());
    }

    public static List<StatsTable.Field> nominationFields(List<StatsDimension> by) {
        List<StatsTable.Field> fields = new ArrayList<>();
        for (StatsDimension dimension : by) {
            fields.add(new StatsTable.Field(dimension.code(), "string", dimensionTitle(dimension)));
            fields.add(new StatsTable.Field(dimension.code() + "Name", "string",
                    StatsMessages.FIELD_LABEL.text(dimensionTitle(dimension))));
        }
        fields.add(new StatsTable.Field("count", "integer", StatsMessages.FIELD_COUNT.text()));
        fields.add(suppressedField());
        return fields;
    }

    public static List<StatsTable.Field> voteFields() {
        return List.of(
                new StatsTable.Field("candidateId", "string", StatsMessages.FIELD_CANDIDATE_ID.text()),
                new StatsTable.Field("name", "string", StatsMessages.FIELD_NAME.text()),
                new StatsTable.Field("industry", "string", StatsMessages.FIELD_INDUSTRY.text()),
                new StatsTable.Field("category", "string", StatsMessages.FIELD_CATEGORY.text()),
                new StatsTable.Field("votes", "integer", StatsMessages.FIELD_VOTES_EXACT.text()),
                new StatsTable.Field("voided", "integer", StatsMessages.FIELD_VOIDED.text()),
                new StatsTable.Field("share", "number", StatsMessages.FIELD_SHARE.text()));
    }

    /** The public log of voids: each void's candidate, the hours its votes were cast in, how many, the rule and the reason. */
    public StatsTable integrity(Scope scope, Language language) {
        Campaign campaign = campaigns.requireCampaign(scope.campaignId());
        List<PublishedVoid> voids = stats.voids(scope).stream()
                .sorted(Comparator.comparing(PublishedVoid::voidedAt).thenComparing(PublishedVoid::voidId)).toList();
        List<Map<String, Object>> rows = voids.stream().map(published -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("voidId", published.voidId());
            row.put("candidateId", published.candidateId());
            row.put("castFrom", ZonedDateTime.ofInstant(published.castFrom(), campaign.timeZone()).format(HOUR));
            row.put("castTo", ZonedDateTime.ofInstant(published.castTo(), campaign.timeZone()).format(HOUR));
            row.put("voidedAt", ZonedDateTime.ofInstant(published.voidedAt(), campaign.timeZone()).format(HOUR));
            row.put("votesVoided", published.votesVoided());
            row.put("rule", published.rule());
            row.put("reason", published.reason());
            row.put("status", published.restored() ? "restored" : "applied");
            row.put("votesRestored", published.votesRestored());
            return row;
        }).toList();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("votesVoided", voids.stream().mapToLong(v -> v.votesVoided() - v.votesRestored()).sum());
        Instant now = now(scope);
        Optional<Instant> changed = voids.stream().map(PublishedVoid::voidedAt).max(Comparator.naturalOrder());
        return new StatsTable(Datasets.cited(scope, Datasets.INTEGRITY), StatsMessages.TITLE_VOIDS.text(), campaign.campaignId(),
                asOf(scope, campaign, changed, now), scope.snapshot(), integrityFields(), rows, "voids",
                new StatsTable.Disclosure(campaign.disclosureThreshold(), false, false, false), extra);
    }

    public static List<StatsTable.Field> integrityFields() {
        return List.of(
                new StatsTable.Field("voidId", "string", StatsMessages.VOID_FIELD_VOID_ID.text()),
                new StatsTable.Field("candidateId", "string", StatsMessages.VOID_FIELD_CANDIDATE_ID.text()),
                new StatsTable.Field("castFrom", "string", StatsMessages.VOID_FIELD_CAST_FROM.text()),
                new StatsTable.Field("castTo", "string", StatsMessages.VOID_FIELD_CAST_TO.text()),
                new StatsTable.Field("voidedAt", "string", StatsMessages.VOID_FIELD_VOIDED_AT.text()),
                new StatsTable.Field("votesVoided", "integer", StatsMessages.VOID_FIELD_VOTES_VOIDED.text()),
                new StatsTable.Field("rule", "string", StatsMessages.VOID_FIELD_RULE.text()),
                new StatsTable.Field("reason", "string", StatsMessages.VOID_FIELD_REASON.text()),
                new StatsTable.Field("status", "string", StatsMessages.VOID_FIELD_STATUS.text()),
                new StatsTable.Field("votesRestored", "integer", StatsMessages.VOID_FIELD_VOTES_RESTORED.text()));
    }

    public static List<StatsTable.Field> timelineFields(Interval interval) {
        return interval == Interval.DAY
                ? List.of(
                        new StatsTable.Field("date", "date", StatsMessages.FIELD_DATE.text()),
                        new StatsTable.Field("votes", "integer", StatsMessages.FIELD_VOTES_THAT_DAY.text()),
                        new StatsTable.Field("voters", "integer", StatsMessages.FIELD_VOTERS.text()),
                        suppressedField())
                : List.of(
                        new StatsTable.Field("hour", "string", StatsMessages.FIELD_HOUR.text()),
                        new StatsTable.Field("votes", "integer", StatsMessages.FIELD_VOTES_THAT_HOUR.text()));
    }

    // ---------------------------------------------------------------- helpers

    private Instant now(Scope scope) {
        if (scope.snapshot().isPresent()) {
            Campaign campaign = campaigns.requireCampaign(scope.campaignId());
            return campaign.votingWindow().closesAt();
        }
        return clock.instant();
    }

    /**
     * When the figures were last brought up to date, to the hour: the start of the hour of the
     * aggregator's last commit (or, before anything was counted, of the opening of nominations), or the
     * time the snapshot was taken. Only the hour, because in a quiet campaign the last commit is the
     * moment of one vote or one review step, and no event's time is published finer than the hour. The
     * answer, and its ETag, change only when the figures do.
     */
    private Instant asOf(Scope scope, Campaign campaign, Optional<Instant> updatedAt, Instant now) {
        if (scope.snapshot().isPresent()) {
            return stats.snapshots(scope.campaignId()).stream().filter(s -> s.date().equals(scope.snapshot().get()))
                    .map(StatsStore.Snapshot::takenAt).findFirst().orElse(now).truncatedTo(ChronoUnit.SECONDS);
        }
        return updatedAt.orElse(campaign.nominationWindow().opensAt()).truncatedTo(ChronoUnit.HOURS);
    }

    private static List<LocalDate> votingDays(Campaign campaign, Instant now) {
        List<LocalDate> days = new ArrayList<>();
        if (now.isBefore(campaign.votingWindow().opensAt())) {
            return days;
        }
        LocalDate last = campaign.votingDay(min(now, campaign.votingWindow().closesAt().minusNanos(1)));
        for (LocalDate day = campaign.votingDay(campaign.votingWindow().opensAt()); !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    private static StatsTable.Field suppressedField() {
        return new StatsTable.Field("suppressed", "boolean", StatsMessages.FIELD_SUPPRESSED.text());
    }

    private static void requireCode(List<String> codes, Optional<String> value, String parameter) {
        if (value.isPresent() && !codes.contains(value.get())) {
            throw InvalidInputException.of(List.of(FieldError.query(parameter, "unknown", StatsMessages.FILTER_UNKNOWN_CODE.text(value.get(), String.join(", ", codes)))));
        }
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What a dimension is called. */
    public static LocalizedText dimensionTitle(StatsDimension dimension) {
        return switch (dimension) {
            case INDUSTRY -> StatsMessages.DIMENSION_INDUSTRY.text();
            case REGION -> StatsMessages.DIMENSION_REGION.text();
            case CATEGORY -> StatsMessages.DIMENSION_CATEGORY.text();
            case TIER -> StatsMessages.DIMENSION_TIER.text();
            case SEX -> StatsMessages.DIMENSION_SEX.text();
            case AGE_BAND -> StatsMessages.DIMENSION_AGE_BAND.text();
            case YEARS_IN_TRADE_BAND -> StatsMessages.DIMENSION_YEARS_IN_TRADE_BAND.text();
            case FRONT_LINE -> StatsMessages.DIMENSION_FRONT_LINE.text();
            case STATUS -> StatsMessages.DIMENSION_STATUS.text();
        };
    }

    /** What a value of a dimension is called. */
    public static LocalizedText label(Campaign campaign, StatsDimension dimension, String value) {
        if (TOTAL.equals(value)) {
            return StatsMessages.LABEL_TOTAL.text();
        }
        Optional<LocalizedText> named = switch (dimension) {
            case INDUSTRY -> campaign.industries().stream().filter(l -> l.code().equals(value)).map(Label::name).findFirst();
            case CATEGORY -> campaign.categories().stream().filter(c -> c.code().equals(value)).map(Category::name).findFirst();
            case TIER -> value.equals(StatsDimension.NO_TIER) ? Optional.of(StatsMessages.LABEL_NOT_NAMED.text())
                    : campaign.tiers().stream().filter(l -> l.code().equals(value)).map(Label::name).findFirst();
            case REGION -> RegionCode.name(value).map(name -> LocalizedText.of(name, name));
            case SEX -> Optional.of(value.equals("M") ? StatsMessages.LABEL_MALE.text() : StatsMessages.LABEL_FEMALE.text());
            case FRONT_LINE -> Optional.of(value.equals("yes") ? StatsMessages.LABEL_YES.text() : StatsMessages.LABEL_NO.text());
            case AGE_BAND -> Optional.of(switch (value) {
                case "under-25" -> StatsMessages.LABEL_AGE_UNDER_25.text();
                case "55-and-over" -> StatsMessages.LABEL_AGE_55_AND_OVER.text();
                default -> StatsMessages.LABEL_AGE_RANGE.text(LocalizedText.of(value.replace("-to-", "至"), value.replace("-to-", " to ")));
            });
            case YEARS_IN_TRADE_BAND -> Optional.of(switch (value) {
                case "under-10" -> StatsMessages.LABEL_YEARS_UNDER_10.text();
                case "30-and-over" -> StatsMessages.LABEL_YEARS_30_AND_OVER.text();
                default -> StatsMessages.LABEL_YEARS_RANGE.text(LocalizedText.of(value.replace("-to-", "至"), value.replace("-to-", " to ")));
            });
            case STATUS -> Optional.of(statusName(value));
        };
        return named.orElse(LocalizedText.of(value, value));
    }

    private static LocalizedText statusName(String status) {
        return switch (status) {
            case "SUBMITTED" -> StatsMessages.STATUS_SUBMITTED.text();
            case "WITHDRAWN" -> StatsMessages.STATUS_WITHDRAWN.text();
            case "QUALIFIED" -> StatsMessages.STATUS_QUALIFIED.text();
            case "DISQUALIFIED" -> StatsMessages.STATUS_DISQUALIFIED.text();
            case "IN_REVIEW" -> StatsMessages.STATUS_IN_REVIEW.text();
            case "SCORED" -> StatsMessages.STATUS_SCORED.text();
            case "SHORTLISTED" -> StatsMessages.STATUS_SHORTLISTED.text();
            case "REJECTED" -> StatsMessages.STATUS_REJECTED.text();
            case "ON_NOTICE" -> StatsMessages.STATUS_ON_NOTICE.text();
            case "FINALIST" -> StatsMessages.STATUS_FINALIST.text();
            case "NAMED" -> StatsMessages.STATUS_NAMED.text();
            default -> LocalizedText.of(status, status);
        };
    }
}
