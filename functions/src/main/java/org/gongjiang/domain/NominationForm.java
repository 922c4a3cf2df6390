package org.gongjiang.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A nomination as an enterprise clerk submits it, before it is known to be valid. Members are null when
 * absent (or already refused for their JSON type). {@link #validate} checks every rule of the campaign
 * and reports every problem at once, or gives the particulars to store.
 */
public record NominationForm(
        String category,
        String name,
        String sex,
        String idNumber,
        String birthDate,
        String trade,
        String industry,
        String region,
        Integer yearsInTrade,
        Boolean frontLine,
        Integer patents,
        List<String> awards,
        String citation,
        String mobile,
        Boolean vocationalStudent,
        String enterpriseName,
        String creditCode,
        String contactName,
        String contactMobile,
        Boolean publishProfile) {

    /** Valid particulars, with the identity number parsed (it is hashed and masked before storing). */
    public record Particulars(String category, IdentityNumber idNumber, String name, Sex sex, String trade, String industry,
                              String region, int yearsInTrade, boolean frontLine, int patents, List<String> awards,
                              String citation, String mobile, boolean vocationalStudent, Enterprise enterprise,
                              boolean publishProfile) {

        public Nominee nominee(KeyedHasher personalData, String campaignId) {
            return new Nominee(name, sex, idNumber.birthDate().getYear(), personalData.hash(campaignId, idNumber.value()),
                    idNumber.masked(), idNumber.foreignPermanentResident(), trade, industry, region, yearsInTrade, frontLine,
                    patents, awards, citation, mobile, vocationalStudent);
        }
    }

    /** The particulars, or a 400 listing every problem (with {@code earlier} ones from the JSON). */
    public Particulars validate(Campaign campaign, LocalDate today, List<FieldError> earlier) {
        List<FieldError> errors = new ArrayList<>(earlier);
        Optional<Category> chosen = Optional.empty();
        if (category != null) {
            chosen = campaign.category(category);
            if (chosen.isEmpty()) {
                errors.add(error("/category", "unknown-code", LocalizedText.of("本活动没有类别“%s”，可选：%s。",
                        "Campaign has no category '%s'; choose one of: %s.").formatted(category,
                        String.join(", ", campaign.categories().stream().map(Category::code).toList()))));
            }
        }
        Sex parsedSex = null;
        if (sex != null) {
            try {
                parsedSex = Sex.valueOf(sex);
            } catch (IllegalArgumentException e) {
                errors.add(error("/nominee/sex", "enum", LocalizedText.of("性别须为 M 或 F。", "sex is M or F.")));
            }
        }
        LocalDate parsedBirth = null;
        if (birthDate != null) {
            try {
                parsedBirth = LocalDate.parse(birthDate);
            } catch (DateTimeParseException e) {
                errors.add(error("/nominee/birthDate", "date", LocalizedText.of("出生日期须为 YYYY-MM-DD。",
                        "birthDate is a date, YYYY-MM-DD.")));
            }
        }
        IdentityNumber id = null;
        if (idNumber != null) {
            IdentityNumber.Parsed parsed = IdentityNumber.parse(idNumber, today);
            if (parsed.problem().isPresent()) {
                errors.add(error("/nominee/idNumber", parsed.problem().get().code(), parsed.problem().get().message()));
            } else {
                id = parsed.number().orElseThrow();
            }
        }
        if (id != null && parsedBirth != null && !id.birthDate().equals(parsedBirth)) {
            errors.add(error("/nominee/birthDate", "mismatch", LocalizedText.of("出生日期与身份证件号码中的 %s 不一致。",
                    "birthDate differs from the birth date in the identity number (%s).").formatted(id.birthDate())));
        }
        if (id != null && parsedSex != null && id.sex() != parsedSex) {
            errors.add(error("/nominee/sex", "mismatch", LocalizedText.of("性别与身份证件号码第 17 位（奇数为男、偶数为女）不一致。",
                    "sex differs from the identity number's 17th digit (odd male, even female).")));
        }
        if (industry != null && campaign.industry(industry).isEmpty()) {
            errors.add(error("/nominee/industry", "unknown-code", LocalizedText.of("本活动没有行业“%s”，可选：%s。",
                    "Campaign has no industry '%s'; choose one of: %s.").formatted(industry,
                    String.join(", ", campaign.industries().stream().map(Label::code).toList()))));
        }
        if (region != null && !RegionCode.isValid(region)) {
            errors.add(error("/nominee/region", "region", LocalizedText.of("“%s”不是有效的行政区划代码（6 位数字，前两位是省级代码）。",
                    "'%s' is not an administrative division code (6 digits, the first two a province's).").formatted(region)));
        }
        String nomineeMobile = mobile(mobile, "/nominee/mobile", errors);
        String contact = mobile(contactMobile, "/enterprise/contactMobile", errors);
        if (creditCode != null) {
            CreditCode.problem(creditCode).ifPresent(problem -> errors.add(error("/enterprise/creditCode", problem.code(), problem.message())));
        }
        if (chosen.isPresent()) {
            eligibility(chosen.get(), campaign, id, errors);
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        return new Particulars(category, id, name, parsedSex, trade, industry, region, yearsInTrade, frontLine, patents,
                awards == null ? List.of() : awards, citation, nomineeMobile, Boolean.TRUE.equals(vocationalStudent),
                new Enterprise(enterpriseName, creditCode, contactName, contact), publishProfile);
    }

    /** The category's hard requirements: age on the day nominations open, years in trade, kind of ID, student. */
    private void eligibility(Category category, Campaign campaign, IdentityNumber id, List<FieldError> errors) {
        Category.Eligibility rules = category.eligibility();
        if (id != null) {
            LocalDate reference = LocalDate.ofInstant(campaign.nominationWindow().opensAt(), campaign.timeZone());
            int age = Period.between(id.birthDate(), reference).getYears();
            if (age < rules.minAge() || age > rules.maxAge()) {
                errors.add(error("/nominee/birthDate", "eligibility", LocalizedText.of(
                        "类别“%s”要求提名开始日（%s）时年龄在 %d 到 %d 岁之间，被提名人为 %d 岁。",
                        "Category '%1$s' takes nominees aged %3$d to %4$d on %2$s, when nominations open; the nominee is %5$d.")
                        .formatted(category.code(), reference, rules.minAge(), rules.maxAge(), age)));
            }
            // nobody starts a trade before 14 (vocational schools take pupils at 14 or 15)
            if (yearsInTrade != null && yearsInTrade > age - 14) {
                errors.add(error("/nominee/yearsInTrade", "implausible", LocalizedText.of(
                        "从业年限（%d 年）不合理：被提名人 %d 岁，最多 %d 年。",
                        "yearsInTrade (%d) is implausible for a nominee aged %d (at most %d).")
                        .formatted(yearsInTrade, age, Math.max(0, age - 14))));
            }
            if (rules.foreignPermanentResident() && !id.foreignPermanentResident()) {
                errors.add(error("/nominee/idNumber", "foreign-resident-required", LocalizedText.of(
                        "类别“%s”只接受外国人永久居留身份证号码（以 9 开头）。",
                        "Category '%s' is for holders of a foreign permanent resident ID (starting with 9).")
                        .formatted(category.code())));
            }
            if (!rules.foreignPermanentResident() && id.foreignPermanentResident()) {
                errors.add(error("/nominee/idNumber", "resident-id-required", LocalizedText.of(
                        "类别“%s”须填写公民身份号码；外籍工匠请选择国际类别。",
                        "Category '%s' needs a resident identity number; foreign craftsmen go in the international category.")
                        .formatted(category.code())));
            }
        }
        if (yearsInTrade != null && yearsInTrade < rules.minYearsInTrade()) {
            errors.add(error("/nominee/yearsInTrade", "eligibility", LocalizedText.of(
                    "类别“%s”要求从业至少 %d 年。", "Category '%s' needs at least %d years in the trade.")
                    .formatted(category.code(), rules.minYearsInTrade())));
        }
        if (rules.vocationalStudent() && !Boolean.TRUE.equals(vocationalStudent)) {
            errors.add(error("/nominee/vocationalStudent", "eligibility", LocalizedText.of(
                    "类别“%s”只接受职业院校在校学生（vocationalStudent 须为 true）。",
                    "Category '%s' is for vocational-school students (vocationalStudent must be true).").formatted(category.code())));
        }
    }

    private static String mobile(String text, String pointer, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        Optional<String> number = MobileNumber.normalise(text);
        if (number.isEmpty()) {
            // the number is not repeated: answers never carry a mobile to anyone but the review office
            errors.add(error(pointer, "mobile", LocalizedText.of("不是中国大陆手机号码（11 位数字，1 开头，可带 +86）。",
                    "Not a mainland China mobile number (11 digits starting with 1, +86 allowed).")));
        }
        return number.orElse(null);
    }

    private static FieldError error(String pointer, String code, LocalizedText message) {
        return FieldError.body(pointer, code, message);
    }
}
