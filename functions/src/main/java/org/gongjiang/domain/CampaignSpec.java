package org.gongjiang.domain;

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

/**
 * A campaign configuration as an admin submits it, before it is known to be valid. Members are null
 * when absent (or already refused for their JSON type). {@link #toCampaign} checks every rule and
 * reports every problem at once, or gives the campaign.
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
        Integer retentionDays) {

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
            errors.add(error("/votingWindow/opensAt", "order", LocalizedText.of(
                    "投票须在提名截止并公示期满之后开始（最早 %s）。",
                    "Voting must open after nominations close and the public notice ends (at the earliest %s).")
                    .formatted(nominations.closesAt().plus(notice))));
        }
        if (perCandidatePerDay != null && perCandidatePerDay != 1) {
            errors.add(error("/voteRules/perCandidatePerDay", "range", LocalizedText.of(
                    "每位候选人每天只能投 1 票。", "A voter may vote for a candidate once a day: perCandidatePerDay is 1.")));
        }
        List<Category> categoryList = categories(errors);
        List<Label> industryList = labels(industries, "/industries", errors);
        List<Label> tierList = labels(tiers, "/tiers", errors);
        List<Criterion> criterionList = criteria(errors);
        RankingWeights ranking = null;
        if (expertWeight != null && voteWeight != null) {
            if (Math.abs(expertWeight + voteWeight - 1) > WEIGHT_TOLERANCE) {
                errors.add(error("/ranking", "weights", LocalizedText.of(
                        "专家评分与公众投票的权重之和必须为 1（现为 %s）。",
                        "The expert and vote weights must sum to 1 (they sum to %s).").formatted(expertWeight + voteWeight)));
            } else {
                ranking = new RankingWeights(expertWeight, voteWeight);
            }
        }
        if (!errors.isEmpty() || name == null || zone == null || nominations == null || voting == null || notice == null
                || perVoterPerDay == null || categoryList == null || industryList == null || tierList == null
                || criterionList == null || ranking == null || enterpriseQuota == null) {
            throw InvalidInputException.of(errors.isEmpty() ? List.of(error("", "incomplete",
                    LocalizedText.of("活动配置不完整。", "The campaign configuration is incomplete."))) : errors);
        }
        return new Campaign(campaignId, name, zone, nominations, notice, voting, new VoteRules(perVoterPerDay, 1),
                categoryList, industryList, tierList, criterionList, ranking, enterpriseQuota,
                disclosureThreshold == null ? DEFAULT_DISCLOSURE_THRESHOLD : disclosureThreshold,
                retentionDays == null ? DEFAULT_RETENTION_DAYS : retentionDays, version);
    }

    private ZoneId zone(List<FieldError> errors) {
        if (timeZone == null) {
            return null;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add(error("/timeZone", "time-zone", LocalizedText.of("未知的时区“%s”（示例：Asia/Shanghai）。",
                    "Unknown time zone '%s' (for example Asia/Shanghai).").formatted(timeZone)));
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
            errors.add(error(pointer + "/closesAt", "order", LocalizedText.of("结束时间必须晚于开始时间。",
                    "The window must close after it opens.")));
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
            errors.add(error(pointer, "date-time", LocalizedText.of("“%s”不是带时区的 ISO 8601 时间（示例：2027-03-01T09:00:00+08:00）。",
                    "'%s' is not an ISO 8601 date-time with an offset (for example 2027-03-01T09:00:00+08:00).").formatted(text)));
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
                errors.add(error("/publicNotice", "range", LocalizedText.of("公示期须在 1 小时到 90 天之间。",
                        "The public notice lasts between 1 hour and 90 days.")));
                return null;
            }
            return duration;
        } catch (DateTimeParseException e) {
            errors.add(error("/publicNotice", "duration", LocalizedText.of("公示期须为 ISO 8601 时长，例如 P7D（7 天）。",
                    "The public notice is an ISO 8601 duration, for example P7D (7 days).")));
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
                errors.add(error("/categories/" + i + "/eligibility/maxAge", "order", LocalizedText.of(
                        "最大年龄不能小于最小年龄。", "maxAge must not be below minAge.")));
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
                errors.add(error(pointer + "/" + i + "/code", "pattern", LocalizedText.of(
                        "代码“%s”须为小写字母开头、由小写字母、数字和 - 组成的 1 到 32 个字符。",
                        "Code '%s' must be 1-32 lower-case letters, digits or '-', starting with a letter.").formatted(value)));
                ok = false;
            } else if (!seen.add(value)) {
                errors.add(error(pointer + "/" + i + "/code", "duplicate", LocalizedText.of("代码“%s”重复。",
                        "Code '%s' appears twice.").formatted(value)));
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
            errors.add(error("/criteria", "criteria", LocalizedText.of(
                    "评审标准须恰好为 craftExpertise（工艺专长）、superbSkill（高超技能）、leadingRole（领军作用）、"
                            + "outstandingContribution（突出贡献）各一项。",
                    "The criteria are exactly craftExpertise, superbSkill, leadingRole and outstandingContribution, once each.")));
            valid = false;
        }
        List<Double> weights = criteria.stream().map(CriterionSpec::weight).toList();
        if (!weights.contains(null)) {
            double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
                errors.add(error("/criteria", "weights", LocalizedText.of("评审标准的权重之和必须为 1（现为 %s）。",
                        "The criteria's weights must sum to 1 (they sum to %s).").formatted(sum)));
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
