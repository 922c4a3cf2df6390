package org.gongjiang.campaign.model;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.TimeWindow;

/**
 * A campaign configuration as an admin submits it, before it is known to be valid. Members are null
 * when absent (or already refused for their JSON type). {@link #toCampaign} checks every rule and
 * reports every problem at once, or gives the campaign. The integrity rules come already checked
 * member by member (each absent member takes its default).
 */
public record CampaignSpec(
        LocalizedText name,
        String timeZone,
        WindowSpec nominationWindow,
        String publicNotice,
        WindowSpec votingWindow,
        Integer perVoterPerDay,
        Integer perCandidatePerDay,
        List<CategorySpec> categories,
        List<LabelSpec> industries,
        List<LabelSpec> tiers,
        List<CriterionSpec> criteria,
        Double expertWeight,
        Double voteWeight,
        Integer enterpriseQuota,
        Integer disclosureThreshold,
        Integer retentionDays,
        IntegrityRules integrity) {

    public static final Duration DEFAULT_PUBLIC_NOTICE = Duration.ofDays(7);
    public static final int DEFAULT_DISCLOSURE_THRESHOLD = 5;
    public static final int DEFAULT_RETENTION_DAYS = 180;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Duration MIN_NOTICE = Duration.ofHours(1);
    private static final Duration MAX_NOTICE = Duration.ofDays(90);
    private static final double WEIGHT_TOLERANCE = 1e-6;

    public record WindowSpec(String opensAt, String closesAt) {
    }

    public record LabelSpec(String code, LocalizedText name) {
    }

    public record CategorySpec(String code, LocalizedText name, Integer minYearsInTrade, Integer minAge, Integer maxAge,
                               Boolean foreignPermanentResident, Boolean vocationalStudent) {
    }

    public record CriterionSpec(String code, LocalizedText name, Double weight) {
    }

    /** The campaign these settings describe, or a 400 listing every problem (with {@code earlier} ones). */
    public Campaign toCampaign(String campaignId, long version, List<FieldError> earlier) {
        List<FieldError> errors = new ArrayList<>(earlier);
        ZoneId zone = zone(errors);
        TimeWindow nominations = window(nominationWindow, "/nominationWindow", errors);
        TimeWindow voting = window(votingWindow, "/votingWindow", errors);
        Duration notice = notice(errors);
        if (nominations != null && voting != null && notice != null
                && nominations.closesAt().plus(notice).isAfter(voting.opensAt())) {
            errors.add(error("/votingWindow/opensAt", "order", CampaignMessages.VOTING_WINDOW_OPENS_AT_ORDER.text(nominations.closesAt().plus(notice))));
        }
        if (perCandidatePerDay != null && perCandidatePerDay != 1) {
            errors.add(error("/voteRules/perCandidatePerDay", "range", CampaignMessages.VOTE_RULES_PER_CANDIDATE_PER_DAY_RANGE.text()));
        }
        List<Category> categoryList = categories(errors);
        List<Label> industryList = labels(industries, "/industries", errors);
        List<Label> tierList = labels(tiers, "/tiers", errors);
        List<Criterion> criterionList = criteria(errors);
        RankingWeights ranking = null;
        if (expertWeight != null && voteWeight != null) {
            if (Math.abs(expertWeight + voteWeight - 1) > WEIGHT_TOLERANCE) {
                errors.add(error("/ranking", "weights", CampaignMessages.RANKING_WEIGHTS_SUM.text(expertWeight + voteWeight)));
            } else {
                ranking = new RankingWeights(expertWeight, voteWeight);
            }
        }
        if (!errors.isEmpty() || name == null || zone == null || nominations == null || voting == null || notice == null
                || perVoterPerDay == null || categoryList == null || industryList == null || tierList == null
                || criterionList == null || ranking == null || enterpriseQuota == null) {
            throw InvalidInputException.of(errors.isEmpty() ? List.of(error("", "incomplete",
                    CampaignMessages.CONFIGURATION_INCOMPLETE.text())) : errors);
        }
        return new Campaign(campaignId, name, zone, nominations, notice, voting, new VoteRules(perVoterPerDay, 1),
                categoryList, industryList, tierList, criterionList, ranking, enterpriseQuota,
                disclosureThreshold == null ? DEFAULT_DISCLOSURE_THRESHOLD : disclosureThreshold,
                retentionDays == null ? DEFAULT_RETENTION_DAYS : retentionDays, version,
                integrity == null ? IntegrityRules.DEFAULTS : integrity);
    }

    private ZoneId zone(List<FieldError> errors) {
        if (timeZone == null) {
            return null;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add(error("/timeZone", "time-zone", CampaignMessages.TIME_ZONE_UNKNOWN.text(timeZone)));
            return null;
        }
    }

    private static TimeWindow window(WindowSpec spec, String pointer, List<FieldError> errors) {
        if (spec == null) {
            return null;
        }
        Instant opens = instant(spec.opensAt(), pointer + "/opensAt", errors);
        Instant closes = instant(spec.closesAt(), pointer + "/closesAt", errors);
        if (opens == null || closes == null) {
            return null;
        }
        if (!closes.isAfter(opens)) {
            errors.add(error(pointer + "/closesAt", "order", CampaignMessages.WINDOW_ORDER.text()));
            return null;
        }
        return new TimeWindow(opens, closes);
    }

    private static Instant instant(String text, String pointer, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(error(pointer, "date-time", CampaignMessages.DATE_TIME_FORMAT.text(text)));
            return null;
        }
    }

    private Duration notice(List<FieldError> errors) {
        if (publicNotice == null) {
            return DEFAULT_PUBLIC_NOTICE;
        }
        try {
            Duration duration = Duration.parse(publicNotice);
            if (duration.compareTo(MIN_NOTICE) < 0 || duration.compareTo(MAX_NOTICE) > 0) {
                errors.add(error("/publicNotice", "range", CampaignMessages.PUBLIC_NOTICE_RANGE.text()));
                return null;
            }
            return duration;
        } catch (DateTimeParseException e) {
            errors.add(error("/publicNotice", "duration", CampaignMessages.PUBLIC_NOTICE_DURATION.text()));
            return null;
        }
    }

    private List<Category> categories(List<FieldError> errors) {
        if (categories == null) {
            return null;
        }
        if (!uniqueCodes(categories, CategorySpec::code, "/categories", errors)) {
            return null;
        }
        List<Category> result = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            CategorySpec spec = categories.get(i);
            int minAge = spec.minAge() == null ? Category.Eligibility.ANYONE.minAge() : spec.minAge();
            int maxAge = spec.maxAge() == null ? Category.Eligibility.ANYONE.maxAge() : spec.maxAge();
            if (minAge > maxAge) {
                errors.add(error("/categories/" + i + "/eligibility/maxAge", "order", CampaignMessages.CATEGORIES_ELIGIBILITY_MAX_AGE_ORDER.text()));
            }
            boolean foreign = Boolean.TRUE.equals(spec.foreignPermanentResident());
            boolean student = Boolean.TRUE.equals(spec.vocationalStudent());
            if (spec.code() == null || spec.name() == null) {
                continue;
            }
            result.add(new Category(spec.code(), spec.name(), new Category.Eligibility(
                    spec.minYearsInTrade() == null ? 0 : spec.minYearsInTrade(), minAge, maxAge, foreign, student)));
        }
        return result.size() == categories.size() ? result : null;
    }

    private static List<Label> labels(List<LabelSpec> specs, String pointer, List<FieldError> errors) {
        if (specs == null || !uniqueCodes(specs, LabelSpec::code, pointer, errors)) {
            return null;
        }
        List<Label> labels = specs.stream().filter(s -> s.code() != null && s.name() != null)
                .map(s -> new Label(s.code(), s.name())).toList();
        return labels.size() == specs.size() ? labels : null;
    }

    private static <T> boolean uniqueCodes(List<T> items, Function<T, String> code, String pointer, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String value = code.apply(items.get(i));
            if (value == null) {
                ok = false;
            } else if (!CODE.matcher(value).matches()) {
                errors.add(error(pointer + "/" + i + "/code", "pattern", CampaignMessages.CODE_PATTERN.text(value)));
                ok = false;
            } else if (!seen.add(value)) {
                errors.add(error(pointer + "/" + i + "/code", "duplicate", CampaignMessages.CODE_REPEATED.text(value)));
                ok = false;
            }
        }
        return ok;
    }

    private List<Criterion> criteria(List<FieldError> errors) {
        if (criteria == null) {
            return null;
        }
        Map<String, Criterion> standards = Criterion.STANDARDS.stream()
                .collect(Collectors.toMap(Criterion::code, criterion -> criterion));
        List<String> codes = criteria.stream().map(CriterionSpec::code).toList();
        boolean valid = true;
        if (!codes.contains(null) && (!new HashSet<>(codes).equals(standards.keySet()) || codes.size() != standards.size())) {
            errors.add(error("/criteria", "criteria", CampaignMessages.CRITERIA_STANDARDS.text()));
            valid = false;
        }
        List<Double> weights = criteria.stream().map(CriterionSpec::weight).toList();
        if (!weights.contains(null)) {
            double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
                errors.add(error("/criteria", "weights", CampaignMessages.CRITERIA_WEIGHTS_SUM.text(sum)));
                valid = false;
            }
        }
        if (!valid || codes.contains(null) || weights.contains(null)) {
            return null;
        }
        return criteria.stream().map(spec -> new Criterion(spec.code(),
                Optional.ofNullable(spec.name()).orElse(standards.get(spec.code()).name()), spec.weight())).toList();
    }

    private static FieldError error(String pointer, String code, LocalizedText message) {
        return FieldError.body(pointer, code, message);
    }
}
