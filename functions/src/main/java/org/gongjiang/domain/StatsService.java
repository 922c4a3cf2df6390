package org.gongjiang.domain;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongjiang.store.StatsStore;
import org.gongjiang.store.StatsStore.Scope;

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
                    LocalizedText.of("活动“%s”没有 %s 的统计快照；快照在投票结束后生成，数据包 datapackage.json 列出全部快照。",
                            "Campaign '%s' has no statistics snapshot of %s; snapshots are taken when voting closes and "
                                    + "datapackage.json lists them.").formatted(campaign.campaignId(), snapshot.get()));
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

        return new StatsTable(dataset(scope, "summary"), LocalizedText.of("统计概览", "Summary"), campaign.campaignId(),
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
        // lower case, as the data package names its resources
        String name = "nominations-by-" + String.join("-", by.stream().map(StatsDimension::code).toList()).toLowerCase(Locale.ROOT);
        LocalizedText title = LocalizedText.of(
                "按" + String.join("和", by.stream().map(d -> dimensionTitle(d).zh()).toList()) + "统计的提名人数",
                "Nominees by " + String.join(" and ", by.stream().map(StatsDimension::code).toList()));
        Instant now = now(scope);
        return new StatsTable(dataset(scope, name), title, campaign.campaignId(),
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
                    row.put("share", total == 0 ? 0.0 : Math.round(1_000_000.0 * votes / total) / 1_000_000.0);
                    return row;
                }).toList();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("total", total);
        Instant now = now(scope);
        return new StatsTable(dataset(scope, "votes"), LocalizedText.of("候选人得票", "Votes per candidate"), campaign.campaignId(),
                asOf(scope, campaign, totals.updatedAt(), now), scope.snapshot(), voteFields(), rows, "candidates",
                new StatsTable.Disclosure(campaign.disclosureThreshold(), false, false, false), extra);
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
            throw InvalidInputException.of(List.of(FieldError.query("to", "order", LocalizedText.of("to 不能早于 from。",
                    "'to' must not be before 'from'."))));
        }
        if (interval == Interval.HOUR && ChronoUnit.DAYS.between(start, end) >= MAX_HOURLY_DAYS) {
            throw InvalidInputException.of(List.of(FieldError.query("to", "range", LocalizedText.of(
                    "按小时的时间线一次最多 %d 天，请缩小 from 和 to 的范围。",
                    "An hourly timeline covers at most %d days per request; narrow from and to.").formatted(MAX_HOURLY_DAYS))));
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
        String name = "votes-timeline-" + interval.name().toLowerCase(java.util.Locale.ROOT);
        return new StatsTable(dataset(scope, name), LocalizedText.of("投票时间线", "Vote timeline"), campaign.campaignId(),
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
                new StatsTable.Field("measure", "string", LocalizedText.of("指标：nominations 提名、finalists 候选人、votes 票数、"
                        + "voters 投票人数、frontLineShare 一线工人占比", "Measure: nominations, finalists, votes, voters, frontLineShare")),
                new StatsTable.Field("key", "string", LocalizedText.of("分项（状态、日期等；total 为合计）",
                        "Breakdown (a status, a date, ...; total for all)")),
                new StatsTable.Field("value", "number", LocalizedText.of("数值（人数、票数或比例）", "Value (people, votes or a share)")),
                suppressedField());
    }

    public static List<StatsTable.Field> nominationFields(List<StatsDimension> by) {
        List<StatsTable.Field> fields = new ArrayList<>();
        for (StatsDimension dimension : by) {
            fields.add(new StatsTable.Field(dimension.code(), "string", dimensionTitle(dimension)));
            fields.add(new StatsTable.Field(dimension.code() + "Name", "string",
                    LocalizedText.of("%s名称", "%s, as named").formatted(dimensionTitle(dimension).zh(), dimension.code())));
        }
        fields.add(new StatsTable.Field("count", "integer", LocalizedText.of("提名人数", "Nominees")));
        fields.add(suppressedField());
        return fields;
    }

    public static List<StatsTable.Field> voteFields() {
        return List.of(
                new StatsTable.Field("candidateId", "string", LocalizedText.of("候选人编号", "Candidate id")),
                new StatsTable.Field("name", "string", LocalizedText.of("候选人姓名（本人同意公开）", "Name (published with consent)")),
                new StatsTable.Field("industry", "string", LocalizedText.of("行业代码", "Industry code")),
                new StatsTable.Field("category", "string", LocalizedText.of("类别代码", "Category code")),
                new StatsTable.Field("votes", "integer", LocalizedText.of("得票数（精确）", "Votes (exact)")),
                new StatsTable.Field("share", "number", LocalizedText.of("占全部有效票的比例", "Share of all votes")));
    }

    public static List<StatsTable.Field> timelineFields(Interval interval) {
        return interval == Interval.DAY
                ? List.of(
                        new StatsTable.Field("date", "date", LocalizedText.of("投票日（活动所在时区）", "Voting day (campaign time zone)")),
                        new StatsTable.Field("votes", "integer", LocalizedText.of("当日票数（精确）", "Votes that day (exact)")),
                        new StatsTable.Field("voters", "integer", LocalizedText.of("当日投票人数", "Voters that day")),
                        suppressedField())
                : List.of(
                        new StatsTable.Field("hour", "string", LocalizedText.of("小时开始时间（活动所在时区）",
                                "Start of the hour (campaign time zone)")),
                        new StatsTable.Field("votes", "integer", LocalizedText.of("该小时票数（精确）", "Votes that hour (exact)")));
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

    private static String dataset(Scope scope, String name) {
        return scope.campaignId() + "/" + scope.snapshot().map(date -> "snapshots/" + date + "/").orElse("") + name;
    }

    private static StatsTable.Field suppressedField() {
        return new StatsTable.Field("suppressed", "boolean", LocalizedText.of(
                "为 true 时该人数因小于公开阈值 k（或为防止推算）而不公布", "true when the count of people is withheld (under k, or to stop it being derived)"));
    }

    private static void requireCode(List<String> codes, Optional<String> value, String parameter) {
        if (value.isPresent() && !codes.contains(value.get())) {
            throw InvalidInputException.of(List.of(FieldError.query(parameter, "unknown", LocalizedText.of(
                    "没有“%s”这一项，可选：%s。", "Unknown %s; choose one of: %s.")
                    .formatted(value.get(), String.join(", ", codes)))));
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
            case INDUSTRY -> LocalizedText.of("行业", "Industry");
            case REGION -> LocalizedText.of("地区（地级）", "Region (prefecture level)");
            case CATEGORY -> LocalizedText.of("类别", "Category");
            case TIER -> LocalizedText.of("命名等级", "Tier named");
            case SEX -> LocalizedText.of("性别", "Sex");
            case AGE_BAND -> LocalizedText.of("年龄段（提名当年）", "Age band (in the year of nomination)");
            case YEARS_IN_TRADE_BAND -> LocalizedText.of("从业年限段", "Years in the trade");
            case FRONT_LINE -> LocalizedText.of("一线工人", "Front-line worker");
            case STATUS -> LocalizedText.of("评选状态", "Status");
        };
    }

    /** What a value of a dimension is called. */
    public static LocalizedText label(Campaign campaign, StatsDimension dimension, String value) {
        if (TOTAL.equals(value)) {
            return LocalizedText.of("合计", "Total");
        }
        Optional<LocalizedText> named = switch (dimension) {
            case INDUSTRY -> campaign.industries().stream().filter(l -> l.code().equals(value)).map(Label::name).findFirst();
            case CATEGORY -> campaign.categories().stream().filter(c -> c.code().equals(value)).map(Category::name).findFirst();
            case TIER -> value.equals(StatsDimension.NO_TIER) ? Optional.of(LocalizedText.of("未命名", "Not named"))
                    : campaign.tiers().stream().filter(l -> l.code().equals(value)).map(Label::name).findFirst();
            case REGION -> RegionCode.name(value).map(name -> LocalizedText.of(name, name));
            case SEX -> Optional.of(value.equals("M") ? LocalizedText.of("男", "Male") : LocalizedText.of("女", "Female"));
            case FRONT_LINE -> Optional.of(value.equals("yes") ? LocalizedText.of("是", "Yes") : LocalizedText.of("否", "No"));
            case AGE_BAND -> Optional.of(switch (value) {
                case "under-25" -> LocalizedText.of("25岁以下", "Under 25");
                case "55-and-over" -> LocalizedText.of("55岁及以上", "55 and over");
                default -> LocalizedText.of(value.replace("-to-", "至") + "岁", value.replace("-to-", " to "));
            });
            case YEARS_IN_TRADE_BAND -> Optional.of(switch (value) {
                case "under-10" -> LocalizedText.of("不满10年", "Under 10 years");
                case "30-and-over" -> LocalizedText.of("30年及以上", "30 years and over");
                default -> LocalizedText.of(value.replace("-to-", "至") + "年", value.replace("-to-", " to ") + " years");
            });
            case STATUS -> Optional.of(statusName(value));
        };
        return named.orElse(LocalizedText.of(value, value));
    }

    private static LocalizedText statusName(String status) {
        return switch (status) {
            case "SUBMITTED" -> LocalizedText.of("已提交", "Submitted");
            case "WITHDRAWN" -> LocalizedText.of("已撤回", "Withdrawn");
            case "QUALIFIED" -> LocalizedText.of("通过资格初审", "Qualified");
            case "DISQUALIFIED" -> LocalizedText.of("未通过资格初审", "Disqualified");
            case "IN_REVIEW" -> LocalizedText.of("专家评审中", "In expert review");
            case "SCORED" -> LocalizedText.of("专家评审完成", "Scored");
            case "SHORTLISTED" -> LocalizedText.of("联席会议入围", "Shortlisted");
            case "REJECTED" -> LocalizedText.of("未入围", "Rejected");
            case "ON_NOTICE" -> LocalizedText.of("公示中", "On public notice");
            case "FINALIST" -> LocalizedText.of("候选人", "Finalist");
            case "NAMED" -> LocalizedText.of("已命名", "Named");
            default -> LocalizedText.of(status, status);
        };
    }
}
