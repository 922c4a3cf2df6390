package org.gongjiang.review.model;

import org.gongjiang.platform.model.Message;

/**
 * The words of the review, in Chinese and English, each under its key (the constant's name), filled by
 * {@link Message#text(Object...)}.
 */
public final class ReviewMessages {

    public static final Message NOTICE_CLOSED_TITLE = new Message("公示期已结束",
            "The notice is over");
    public static final Message NOTICE_CLOSED_DETAIL = new Message("提名 %s 的公示期为 %s 至 %s。",
            "Nomination %s was on notice from %s to %s.");
    public static final Message OBJECTION_ALREADY_OPEN_TITLE = new Message("已有未处理的异议",
            "Objection already open");
    public static final Message OBJECTION_ALREADY_OPEN_DETAIL = new Message("您对提名 %s 的异议尚未处理完，处理后才能再提。",
            "Your objection to nomination %s is still open; you can object again once it is resolved.");
    public static final Message OBJECTION_NOT_FOUND = new Message("提名 %s 没有异议 %s。",
            "Nomination %s has no objection %s.");
    public static final Message NOTICE_NOT_FOUND = new Message("活动“%s”中提名 %s 不在公示中。",
            "Nomination %2$s of campaign '%1$s' is not on public notice.");
    public static final Message OBJECTION_RESOLVED_TITLE = new Message("异议已处理",
            "Objection resolved");
    public static final Message OBJECTION_RESOLVED_DETAIL = new Message("异议 %s 已处理（%s）。",
            "Objection %s is already resolved (%s).");
    public static final Message EXPERTS_COUNT = new Message("须指派 1 到 %d 位不重复的专家。",
            "Assign 1 to %d different experts.");
    public static final Message EXPERT_SCORED_TITLE = new Message("专家已评分",
            "Expert already scored");
    public static final Message EXPERT_SCORED_DETAIL = new Message("已评分的专家不能撤下：%s。",
            "Experts who already scored stay assigned: %s.");
    public static final Message NOTICE_TOO_LATE_TITLE = new Message("公示来不及在投票前结束",
            "Too late for a notice");
    public static final Message NOTICE_TOO_LATE_DETAIL = new Message("现在开始的公示到 %s 才结束，而投票 %s 开始；公示须在投票开始前结束。",
            "A notice opened now would close at %s, after voting opens at %s; notices must close before the vote.");
    public static final Message NOTICE_RUNNING_TITLE = new Message("公示期未满",
            "Notice still running");
    public static final Message NOTICE_RUNNING_DETAIL = new Message("提名 %s 的公示到 %s 结束，之后才能确定为候选人。",
            "Nomination %s is on notice until %s; it can become a finalist after that.");
    public static final Message BALLOT_CLOSED_TITLE = new Message("投票已开始，候选名单已确定",
            "The ballot is closed");
    public static final Message BALLOT_CLOSED_DETAIL = new Message("投票已于 %s 开始，不能再增加候选人。",
            "Voting opened at %s; no finalist can join the ballot now.");
    public static final Message OBJECTIONS_OPEN_TITLE = new Message("有未处理的异议",
            "Objections open");
    public static final Message OBJECTIONS_OPEN_DETAIL = new Message("提名 %s 还有 %d 项异议未处理。",
            "Nomination %s still has %d open objection(s).");
    public static final Message VOTING_NOT_CLOSED_TITLE = new Message("投票尚未结束",
            "Voting not closed");
    public static final Message VOTING_NOT_CLOSED_DETAIL = new Message("投票于 %s 结束，之后才能命名。",
            "Voting closes at %s; winners are named after that.");
    public static final Message SCORES_REQUIRED = new Message("缺少“%s”的评分。",
            "A score for '%s' is required.");
    public static final Message SCORES_RANGE = new Message("评分须在 0 到 100 之间。",
            "Scores are between 0 and 100.");
    public static final Message SCORES_UNKNOWN_FIELD = new Message("本活动没有评审标准“%s”。",
            "The campaign has no criterion '%s'.");
    public static final Message TIER_UNKNOWN_CODE = new Message("本活动没有等级“%s”，可选：%s。",
            "Campaign has no tier '%s'; choose one of: %s.");
    public static final Message CONSENT_REQUIRED_TITLE = new Message("未同意公开个人信息",
            "No consent to publish");
    public static final Message CONSENT_REQUIRED_DETAIL = new Message("被提名人未同意公开个人信息，不能公示，也不能成为候选人。",
            "The nominee has not consented to publication: the nomination cannot go on notice or become a finalist.");
    public static final Message OWN_NOMINATION_TITLE = new Message("不能评审自己提交的提名",
            "Your own nomination");
    public static final Message OWN_NOMINATION_DETAIL = new Message("提名 %s 是您提交的，须由其他人评审。",
            "You submitted nomination %s; someone else reviews it.");
    public static final Message CONFLICT_OF_INTEREST_TITLE = new Message("利益冲突，须回避",
            "Conflict of interest");
    public static final Message CONFLICT_OF_INTEREST_DETAIL = new Message("提名 %s 由您所在的单位（统一社会信用代码 %s）推荐，须由其他人评审。",
            "Nomination %s comes from your own enterprise (credit code %s); someone else decides on it.");
    public static final Message EXPERT_CONFLICT_OF_INTEREST_TITLE = new Message("评审专家须回避",
            "Expert has a conflict of interest");
    public static final Message EXPERT_CONFLICT_OF_INTEREST_DETAIL = new Message("%s 是提名 %s 的提交人，不能担任它的评审专家。",
            "%s submitted nomination %s and cannot be one of its experts.");
    public static final Message DECISION_ENUM = new Message("decision 须为 uphold 或 dismiss。",
            "decision is uphold or dismiss.");

    private ReviewMessages() {
    }
}
