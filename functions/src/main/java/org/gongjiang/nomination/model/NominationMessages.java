package org.gongjiang.nomination.model;

import org.gongjiang.platform.model.Message;

/**
 * The words of nominations, in Chinese and English, each under its key (the constant's name), filled by
 * {@link Message#text(Object...)}.
 */
public final class NominationMessages {

    public static final Message INVALID_TRANSITION_TITLE = new Message("当前状态不允许此操作",
            "Not allowed in this status");
    public static final Message INVALID_TRANSITION_DETAIL = new Message("提名 %s 处于 %s 状态，不能执行“%s”；当前可执行：%s。",
            "Nomination %s is %s: '%s' is not allowed now; allowed: %s.");
    public static final Message ENTERPRISE_CREDIT_CODE_IMMUTABLE = new Message("提名单位不能更改；如需换单位，请撤回后由新单位重新提名。",
            "The nominating enterprise cannot change; withdraw, and let the other enterprise nominate.");
    public static final Message IDEMPOTENCY_KEY_REUSED_TITLE = new Message("幂等键已用于另一请求",
            "Idempotency-Key reused");
    public static final Message IDEMPOTENCY_KEY_REUSED_DETAIL = new Message("该 Idempotency-Key 已用于内容不同的另一次提交（提名 %s）。请为新的提交使用新的键。",
            "This Idempotency-Key was used for a different submission (nomination %s); "
                + "use a new key for a new submission.");
    public static final Message ENTERPRISE_MISMATCH_TITLE = new Message("不能代其他单位提名",
            "Not your enterprise");
    public static final Message ENTERPRISE_MISMATCH_DETAIL = new Message("您的账号属于统一社会信用代码为 %s 的单位，只能以该单位名义提名。",
            "Your account belongs to the enterprise with credit code %s and can nominate only for it.");
    public static final Message NOMINATION_CLOSED_TITLE = new Message("不在提名时间内",
            "Nominations are not open");
    public static final Message NOMINATION_CLOSED_DETAIL = new Message("活动“%s”的提名时间为 %s 至 %s。",
            "Campaign '%s' takes nominations from %s to %s.");
    public static final Message DUPLICATE_NOMINEE_TITLE = new Message("此人已被提名",
            "Already nominated");
    public static final Message DUPLICATE_NOMINEE_DETAIL = new Message("持该身份证件号码的人已在活动“%s”中被提名（每人每次活动只能被提名一次）。",
            "The holder of this identity number is already nominated in campaign '%s' (once per campaign).");
    public static final Message ENTERPRISE_QUOTA_EXHAUSTED_TITLE = new Message("单位推荐名额已用完",
            "Enterprise quota used");
    public static final Message ENTERPRISE_QUOTA_EXHAUSTED_DETAIL = new Message("每个单位在本活动中最多推荐 %d 人，名额已用完；撤回一项提名可腾出名额。",
            "Each enterprise may nominate %d people in this campaign and the quota is used; "
                + "withdrawing one frees a slot.");
    public static final Message NOMINATION_NOT_FOUND = new Message("活动“%s”中没有提名“%s”（或您无权查看）。",
            "Campaign '%s' has no nomination '%s' that you may see.");
    public static final Message CHANGED_MEANWHILE_TITLE = new Message("提名刚被修改",
            "Changed meanwhile");
    public static final Message CHANGED_MEANWHILE_DETAIL = new Message("提名 %s 在此期间已被修改，请重新读取后再试。",
            "Nomination %s changed meanwhile; read it again and retry.");
    public static final Message STATUS_FILTER_UNKNOWN = new Message("status 须为以下之一：%s。",
            "status is one of: %s.");
    public static final Message IDEMPOTENCY_KEY_HEADER = new Message("Idempotency-Key 须为 1 到 128 个可见 ASCII 字符（例如一个 UUID）。",
            "Idempotency-Key is 1 to 128 visible ASCII characters (a UUID, for example).");
    public static final Message CREDIT_CODE_ALPHABET = new Message("统一社会信用代码第 %d 位“%c”不是允许的字符（数字和除 I、O、S、V、Z 以外的大写字母）。",
            "Character %d ('%c') is not allowed: digits and upper-case letters other than I, O, S, V, Z.");
    public static final Message ID_NUMBER_REQUIRED = new Message("请填写身份证件号码。",
            "The identity number is required.");
    public static final Message ID_NUMBER_WHITESPACE = new Message("身份证件号码中不能有空格。",
            "Remove the spaces from the identity number.");
    public static final Message ID_NUMBER_FULL_WIDTH = new Message("身份证件号码请使用半角数字。",
            "Use half-width (ASCII) digits in the identity number.");
    public static final Message ID_NUMBER_LENGTH = new Message("身份证件号码应为 18 位，当前为 %d 位。",
            "An identity number has 18 characters, not %d.");
    public static final Message ID_NUMBER_FORMAT = new Message("身份证件号码前 17 位必须是数字（第 %d 位不是）。",
            "The first 17 characters must be digits (character %d is not).");
    public static final Message ID_NUMBER_LOWER_CASE_X = new Message("校验码 X 请使用大写字母。",
            "The check character X must be upper case.");
    public static final Message ID_NUMBER_LAST_CHARACTER = new Message("身份证件号码最后一位必须是数字或大写 X。",
            "The last character must be a digit or an upper-case X.");
    public static final Message ID_NUMBER_CHECK_CHARACTER = new Message("身份证件号码校验码不正确，请核对。",
            "The identity number's check character is wrong; please check the number.");
    public static final Message ID_NUMBER_ADDRESS_CODE = new Message("身份证件号码的地址码不存在。",
            "The identity number's address code does not exist.");
    public static final Message ID_NUMBER_BIRTH_DATE = new Message("身份证件号码中的出生日期不存在。",
            "The birth date inside the identity number is not a real date.");
    public static final Message ID_NUMBER_BIRTH_DATE_IMPLAUSIBLE = new Message("身份证件号码中的出生日期不合理。",
            "The birth date inside the identity number is not plausible.");
    public static final Message CATEGORY_UNKNOWN_CODE = new Message("本活动没有类别“%s”，可选：%s。",
            "Campaign has no category '%s'; choose one of: %s.");
    public static final Message NOMINEE_SEX_ENUM = new Message("性别须为 M 或 F。",
            "sex is M or F.");
    public static final Message NOMINEE_BIRTH_DATE_DATE = new Message("出生日期须为 YYYY-MM-DD。",
            "birthDate is a date, YYYY-MM-DD.");
    public static final Message NOMINEE_BIRTH_DATE_MISMATCH = new Message("出生日期与身份证件号码中的 %s 不一致。",
            "birthDate differs from the birth date in the identity number (%s).");
    public static final Message NOMINEE_SEX_MISMATCH = new Message("性别与身份证件号码第 17 位（奇数为男、偶数为女）不一致。",
            "sex differs from the identity number's 17th digit (odd male, even female).");
    public static final Message NOMINEE_INDUSTRY_UNKNOWN_CODE = new Message("本活动没有行业“%s”，可选：%s。",
            "Campaign has no industry '%s'; choose one of: %s.");
    public static final Message NOMINEE_REGION_UNKNOWN = new Message("“%s”不是有效的行政区划代码（6 位数字，前两位是省级代码）。",
            "'%s' is not an administrative division code (6 digits, the first two a province's).");
    public static final Message NOMINEE_BIRTH_DATE_ELIGIBILITY = new Message("类别“%s”要求提名开始日（%s）时年龄在 %d 到 %d 岁之间，被提名人为 %d 岁。",
            "Category '%1$s' takes nominees aged %3$d to %4$d on %2$s, when nominations open; the nominee is %5$d.");
    public static final Message NOMINEE_YEARS_IN_TRADE_IMPLAUSIBLE = new Message("从业年限（%d 年）不合理：被提名人 %d 岁，最多 %d 年。",
            "yearsInTrade (%d) is implausible for a nominee aged %d (at most %d).");
    public static final Message NOMINEE_ID_NUMBER_FOREIGN_RESIDENT_REQUIRED = new Message("类别“%s”只接受外国人永久居留身份证号码（以 9 开头）。",
            "Category '%s' is for holders of a foreign permanent resident ID (starting with 9).");
    public static final Message NOMINEE_ID_NUMBER_RESIDENT_ID_REQUIRED = new Message("类别“%s”须填写公民身份号码；外籍工匠请选择国际类别。",
            "Category '%s' needs a resident identity number; foreign craftsmen go in the international category.");
    public static final Message NOMINEE_YEARS_IN_TRADE_ELIGIBILITY = new Message("类别“%s”要求从业至少 %d 年。",
            "Category '%s' needs at least %d years in the trade.");
    public static final Message NOMINEE_VOCATIONAL_STUDENT_ELIGIBILITY = new Message("类别“%s”只接受职业院校在校学生（vocationalStudent 须为 true）。",
            "Category '%s' is for vocational-school students (vocationalStudent must be true).");
    public static final Message PERSON_NAME_START = new Message("%s 不能以 %s 开头（人名不会这样开头，电子表格会把它当作公式）。",
            "%s cannot begin with %s (no person's name does, and a spreadsheet would take it for a formula).");
    public static final Message MOBILE_FORMAT = new Message("不是中国大陆手机号码（11 位数字，1 开头，可带 +86）。",
            "Not a mainland China mobile number (11 digits starting with 1, +86 allowed).");
    public static final Message CREDIT_CODE_REQUIRED = new Message("请填写统一社会信用代码。",
            "The unified social credit code is required.");
    public static final Message CREDIT_CODE_WHITESPACE = new Message("统一社会信用代码中不能有空格。",
            "Remove the spaces from the credit code.");
    public static final Message CREDIT_CODE_LENGTH = new Message("统一社会信用代码应为 18 位。",
            "A unified social credit code has 18 characters.");
    public static final Message CREDIT_CODE_REGION = new Message("统一社会信用代码第 3 到 8 位应为行政区划码（数字）。",
            "Characters 3 to 8 are a region code and must be digits.");
    public static final Message CREDIT_CODE_CHECK_CHARACTER = new Message("统一社会信用代码校验码不正确，请核对。",
            "The credit code's check character is wrong; please check the code.");

    private NominationMessages() {
    }
}
