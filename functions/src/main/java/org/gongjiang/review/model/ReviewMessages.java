package org.gongjiang.review.model;

import org.gongjiang.platform.model.Message;

/** The words of the review, in Chinese and English: looked up by key, filled by {@link Message#text(Object...)}. */
public enum ReviewMessages implements Message {
    NOTICE_CLOSED_TITLE("公示期已结束",
            "The notice is over"),
    NOTICE_CLOSED_DETAIL("提名 %s 的公示期为 %s 至 %s。",
            "Nomination %s was on notice from %s to %s."),
    OBJECTION_ALREADY_OPEN_TITLE("已有未处理的异议",
            "Objection already open"),
    OBJECTION_ALREADY_OPEN_DETAIL("您对提名 %s 的异议尚未处理完，处理后才能再提。",
            "Your objection to nomination %s is still open; you can object again once it is resolved."),
    OBJECTION_NOT_FOUND("提名 %s 没有异议 %s。",
            "Nomination %s has no objection %s."),
    NOTICE_NOT_FOUND("活动“%s”中提名 %s 不在公示中。",
            "Nomination %2$s of campaign '%1$s' is not on public notice."),
    OBJECTION_RESOLVED_TITLE("异议已处理",
            "Objection resolved"),
    OBJECTION_RESOLVED_DETAIL("异议 %s 已处理（%s）。",
            "Objection %s is already resolved (%s)."),
    EXPERTS_COUNT("须指派 1 到 %d 位不重复的专家。",
            "Assign 1 to %d different experts."),
    EXPERT_SCORED_TITLE("专家已评分",
            "Expert already scored"),
    EXPERT_SCORED_DETAIL("已评分的专家不能撤下：%s。",
            "Experts who already scored stay assigned: %s."),
    NOTICE_TOO_LATE_TITLE("公示来不及在投票前结束",
            "Too late for a notice"),
    NOTICE_TOO_LATE_DETAIL("现在开始的公示到 %s 才结束，而投票 %s 开始；公示须在投票开始前结束。",
            "A notice opened now would close at %s, after voting opens at %s; notices must close before the vote."),
    NOTICE_RUNNING_TITLE("公示期未满",
            "Notice still running"),
    NOTICE_RUNNING_DETAIL("提名 %s 的公示到 %s 结束，之后才能确定为候选人。",
            "Nomination %s is on notice until %s; it can become a finalist after that."),
    BALLOT_CLOSED_TITLE("投票已开始，候选名单已确定",
            "The ballot is closed"),
    BALLOT_CLOSED_DETAIL("投票已于 %s 开始，不能再增加候选人。",
            "Voting opened at %s; no finalist can join the ballot now."),
    OBJECTIONS_OPEN_TITLE("有未处理的异议",
            "Objections open"),
    OBJECTIONS_OPEN_DETAIL("提名 %s 还有 %d 项异议未处理。",
            "Nomination %s still has %d open objection(s)."),
    VOTING_NOT_CLOSED_TITLE("投票尚未结束",
            "Voting not closed"),
    VOTING_NOT_CLOSED_DETAIL("投票于 %s 结束，之后才能命名。",
            "Voting closes at %s; winners are named after that."),
    SCORES_REQUIRED("缺少“%s”的评分。",
            "A score for '%s' is required."),
    SCORES_RANGE("评分须在 0 到 100 之间。",
            "Scores are between 0 and 100."),
    SCORES_UNKNOWN_FIELD("本活动没有评审标准“%s”。",
            "The campaign has no criterion '%s'."),
    TIER_UNKNOWN_CODE("本活动没有等级“%s”，可选：%s。",
            "Campaign has no tier '%s'; choose one of: %s."),
    CONSENT_REQUIRED_TITLE("未同意公开个人信息",
            "No consent to publish"),
    CONSENT_REQUIRED_DETAIL("被提名人未同意公开个人信息，不能公示，也不能成为候选人。",
            "The nominee has not consented to publication: the nomination cannot go on notice or become a finalist."),
    OWN_NOMINATION_TITLE("不能评审自己提交的提名",
            "Your own nomination"),
    OWN_NOMINATION_DETAIL("提名 %s 是您提交的，须由其他人评审。",
            "You submitted nomination %s; someone else reviews it."),
    DECISION_ENUM("decision 须为 uphold 或 dismiss。",
            "decision is uphold or dismiss.");

    private final String zh;
    private final String en;

    ReviewMessages(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
