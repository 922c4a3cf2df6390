package org.gongjiang.campaign.model;

import org.gongjiang.platform.model.Message;

/**
 * The words of campaigns, in Chinese and English, each under its key (the constant's name), filled by
 * {@link Message#text(Object...)}.
 */
public final class CampaignMessages {

    public static final Message CAMPAIGN_ID_PATTERN = new Message("活动编号须为 3 到 40 个小写字母、数字或 -，首尾为字母或数字。",
            "campaignId is 3-40 lower-case letters, digits or '-', starting and ending with a letter or digit.");
    public static final Message CAMPAIGN_EXISTS_TITLE = new Message("活动已存在",
            "Campaign exists");
    public static final Message CAMPAIGN_EXISTS_DETAIL = new Message("活动“%s”已存在，修改请用 PUT。",
            "Campaign '%s' exists already; change it with PUT.");
    public static final Message STALE_VERSION_TITLE = new Message("活动已被他人修改",
            "Changed meanwhile");
    public static final Message STALE_VERSION_DETAIL = new Message("您修改的是第 %d 版，活动现在是第 %d 版；请重新读取后再提交。",
            "You edited version %d; the campaign is at version %d now. Read it again and resubmit.");
    public static final Message CHANGED_MEANWHILE_TITLE = new Message("活动刚被修改",
            "Changed meanwhile");
    public static final Message CHANGED_MEANWHILE_DETAIL = new Message("活动在此期间已被修改或已有新的提名，请重新读取后再提交。",
            "The campaign changed meanwhile (or a nomination arrived); read it again and resubmit.");
    public static final Message RULES_LOCKED_TITLE = new Message("规则已生效，不能修改",
            "Rules already in force");
    public static final Message RULES_LOCKED_DETAIL = new Message("活动“%s”的这些规则已约束已提交的提名或已投的票，不能再改：%s。",
            "These rules of campaign '%s' already bind submitted nominations or cast votes and cannot change: %s.");
    public static final Message LOCK_NOMINATIONS_SUBMITTED = new Message("已有 %d 份提名按这条规则提交，不能再改。",
            "%d nomination(s) were submitted under this rule: it can no longer change.");
    public static final Message LOCK_QUOTA_NOMINATIONS_SUBMITTED = new Message("已有 %d 份提名按现有名额提交：名额只能增加，不能减少。",
            "%d nomination(s) were submitted under this quota: it may rise, not fall.");
    public static final Message LOCK_SCORES_SUBMITTED = new Message("专家已提交 %d 份评分，评分和联席会议拟定的等级以这条规则为准，不能再改。",
            "Experts have submitted %d score(s): the scores and the tiers the joint meeting proposes rest on this rule, which can no longer change.");
    public static final Message LOCK_VOTING_OPENED = new Message("投票已于 %s 开始，已投的票受这条规则约束，不能再改。",
            "Voting opened at %s and the votes cast are bound by this rule: it can no longer change.");
    public static final Message LOCK_VOTING_CLOSED = new Message("投票已于 %s 结束，不能再改。",
            "Voting closed at %s: it can no longer change.");
    public static final Message LOCK_WINNERS_NAMED = new Message("已按这条规则命名 %d 位工匠，不能再改。",
            "%d winner(s) have been named under this rule: it can no longer change.");
    public static final Message CAMPAIGN_ID_MISMATCH = new Message("请求体中的 campaignId“%s”与路径中的“%s”不一致。",
            "campaignId '%s' in the body is not '%s' of the path.");
    public static final Message VOTING_WINDOW_OPENS_AT_ORDER = new Message("投票须在提名截止并公示期满之后开始（最早 %s）。",
            "Voting must open after nominations close and the public notice ends (at the earliest %s).");
    public static final Message VOTE_RULES_PER_CANDIDATE_PER_DAY_RANGE = new Message("每位候选人每天只能投 1 票。",
            "A voter may vote for a candidate once a day: perCandidatePerDay is 1.");
    public static final Message RANKING_WEIGHTS_SUM = new Message("专家评分与公众投票的权重之和必须为 1（现为 %s）。",
            "The expert and vote weights must sum to 1 (they sum to %s).");
    public static final Message CONFIGURATION_INCOMPLETE = new Message("活动配置不完整。",
            "The campaign configuration is incomplete.");
    public static final Message TIME_ZONE_UNKNOWN = new Message("未知的时区“%s”（示例：Asia/Shanghai）。",
            "Unknown time zone '%s' (for example Asia/Shanghai).");
    public static final Message WINDOW_ORDER = new Message("结束时间必须晚于开始时间。",
            "The window must close after it opens.");
    public static final Message DATE_TIME_FORMAT = new Message("“%s”不是带时区的 ISO 8601 时间（示例：2027-03-01T09:00:00+08:00）。",
            "'%s' is not an ISO 8601 date-time with an offset (for example 2027-03-01T09:00:00+08:00).");
    public static final Message PUBLIC_NOTICE_RANGE = new Message("公示期须在 1 小时到 90 天之间。",
            "The public notice lasts between 1 hour and 90 days.");
    public static final Message PUBLIC_NOTICE_DURATION = new Message("公示期须为 ISO 8601 时长，例如 P7D（7 天）。",
            "The public notice is an ISO 8601 duration, for example P7D (7 days).");
    public static final Message CATEGORIES_ELIGIBILITY_MAX_AGE_ORDER = new Message("最大年龄不能小于最小年龄。",
            "maxAge must not be below minAge.");
    public static final Message CODE_PATTERN = new Message("代码“%s”须为小写字母开头、由小写字母、数字和 - 组成的 1 到 32 个字符。",
            "Code '%s' must be 1-32 lower-case letters, digits or '-', starting with a letter.");
    public static final Message CODE_REPEATED = new Message("代码“%s”重复。",
            "Code '%s' appears twice.");
    public static final Message CRITERIA_STANDARDS = new Message("评审标准须恰好为 craftExpertise（工艺专长）、superbSkill（高超技能）、leadingRole（领军作用）、"
                + "outstandingContribution（突出贡献）各一项。",
            "The criteria are exactly craftExpertise, superbSkill, leadingRole and outstandingContribution, "
                + "once each.");
    public static final Message CRITERIA_WEIGHTS_SUM = new Message("评审标准的权重之和必须为 1（现为 %s）。",
            "The criteria's weights must sum to 1 (they sum to %s).");
    public static final Message CRITERION_CRAFT_EXPERTISE = new Message("工艺专长",
            "Craft expertise");
    public static final Message CRITERION_SUPERB_SKILL = new Message("高超技能",
            "Superb skill");
    public static final Message CRITERION_LEADING_ROLE = new Message("领军作用",
            "Leading role");
    public static final Message CRITERION_OUTSTANDING_CONTRIBUTION = new Message("突出贡献",
            "Outstanding contribution");
    public static final Message INTEGRITY_ESCALATION_DEFAULT = new Message(
            "刷票一经发现，审计人员核实后作废异常选票，并公布作废情况；情节严重的，由评审办公室依规取消候选人资格。",
            "Bought votes, once found, are voided by the auditors after review and every void is published; in serious "
                + "cases the review office disqualifies the candidate under the campaign's rules.");

    public static final Message INTEGRITY_ACCOUNT_CLAIM = new Message(
            "%s 须为令牌声明的名称（字母、数字、_ : . -，至多 64 个字符）。",
            "%s must name a token claim (letters, digits, _ : . -, at most 64 characters).");

    private CampaignMessages() {
    }
}
