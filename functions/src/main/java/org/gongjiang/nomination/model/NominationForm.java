package org.gongjiang.nomination.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.Category;
import org.gongjiang.campaign.model.Label;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.KeyedHasher;
import org.gongjiang.platform.model.LocalizedText;

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
                errors.add(error("/category", "unknown-code", NominationMessages.CATEGORY_UNKNOWN_CODE.text(category,
                        String.join(", ", campaign.categories().stream().map(Category::code).toList()))));
            }
        }
        Sex parsedSex = null;
        if (sex != null) {
            try {
                parsedSex = Sex.valueOf(sex);
            } catch (IllegalArgumentException e) {
                errors.add(error("/nominee/sex", "enum", NominationMessages.NOMINEE_SEX_ENUM.text()));
            }
        }
        LocalDate parsedBirth = null;
        if (birthDate != null) {
            try {
                parsedBirth = LocalDate.parse(birthDate);
            } catch (DateTimeParseException e) {
                errors.add(error("/nominee/birthDate", "date", NominationMessages.NOMINEE_BIRTH_DATE_DATE.text()));
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
            errors.add(error("/nominee/birthDate", "mismatch", NominationMessages.NOMINEE_BIRTH_DATE_MISMATCH.text(id.birthDate())));
        }
        if (id != null && parsedSex != null && id.sex() != parsedSex) {
            errors.add(error("/nominee/sex", "mismatch", NominationMessages.NOMINEE_SEX_MISMATCH.text()));
        }
        if (industry != null && campaign.industry(industry).isEmpty()) {
            errors.add(error("/nominee/industry", "unknown-code", NominationMessages.NOMINEE_INDUSTRY_UNKNOWN_CODE.text(industry,
                    String.join(", ", campaign.industries().stream().map(Label::code).toList()))));
        }
        if (region != null && !RegionCode.isValid(region)) {
            errors.add(error("/nominee/region", "region", NominationMessages.NOMINEE_REGION_UNKNOWN.text(region)));
        }
        personName(name, "/nominee/name", errors);
        personName(contactName, "/enterprise/contactName", errors);
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
                errors.add(error("/nominee/birthDate", "eligibility", NominationMessages.NOMINEE_BIRTH_DATE_ELIGIBILITY.text(category.code(), reference, rules.minAge(), rules.maxAge(), age)));
            }
            // nobody starts a trade before 14 (vocational schools take pupils at 14 or 15)
            if (yearsInTrade != null && yearsInTrade > age - 14) {
                errors.add(error("/nominee/yearsInTrade", "implausible", NominationMessages.NOMINEE_YEARS_IN_TRADE_IMPLAUSIBLE.text(yearsInTrade, age, Math.max(0, age - 14))));
            }
            if (rules.foreignPermanentResident() && !id.foreignPermanentResident()) {
                errors.add(error("/nominee/idNumber", "foreign-resident-required", NominationMessages.NOMINEE_ID_NUMBER_FOREIGN_RESIDENT_REQUIRED.text(category.code())));
            }
            if (!rules.foreignPermanentResident() && id.foreignPermanentResident()) {
                errors.add(error("/nominee/idNumber", "resident-id-required", NominationMessages.NOMINEE_ID_NUMBER_RESIDENT_ID_REQUIRED.text(category.code())));
            }
        }
        if (yearsInTrade != null && yearsInTrade < rules.minYearsInTrade()) {
            errors.add(error("/nominee/yearsInTrade", "eligibility", NominationMessages.NOMINEE_YEARS_IN_TRADE_ELIGIBILITY.text(category.code(), rules.minYearsInTrade())));
        }
        if (rules.vocationalStudent() && !Boolean.TRUE.equals(vocationalStudent)) {
            errors.add(error("/nominee/vocationalStudent", "eligibility", NominationMessages.NOMINEE_VOCATIONAL_STUDENT_ELIGIBILITY.text(category.code())));
        }
    }

    /**
     * A person's name never begins with {@code = + - @}; a spreadsheet would take one that did for a
     * formula (the CSV files neutralise such cells anyway, for texts that may begin so).
     */
    private static void personName(String text, String pointer, List<FieldError> errors) {
        if (text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            errors.add(error(pointer, "name", NominationMessages.PERSON_NAME_START.text(pointer, text.substring(0, 1))));
        }
    }

    private static String mobile(String text, String pointer, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        Optional<String> number = MobileNumber.normalise(text);
        if (number.isEmpty()) {
            // the number is not repeated: answers never carry a mobile to anyone but the review office
            errors.add(error(pointer, "mobile", NominationMessages.MOBILE_FORMAT.text()));
        }
        return number.orElse(null);
    }

    private static FieldError error(String pointer, String code, LocalizedText message) {
        return FieldError.body(pointer, code, message);
    }
}
