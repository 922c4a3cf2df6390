package org.gongjiang.voting.model;

import org.gongjiang.platform.model.Message;

/**
 * The words of the public vote, in Chinese and English, each under its key (the constant's name), filled by
 * {@link Message#text(Object...)}.
 */
public final class VotingMessages {

    public static final Message FILTER_UNKNOWN_CODE = new Message("“%s”不是本活动的取值，可选：%s。",
            "'%s' is not one of this campaign's values: %s.");
    public static final Message VOTING_NOT_OPEN_YET_DETAIL = new Message("投票尚未开始，将于 %s 开始，%s 结束。",
            "Voting has not opened yet; it opens at %s and closes at %s.");
    public static final Message VOTING_CLOSED_DETAIL = new Message("投票已于 %2$s 结束（开始于 %1$s）。",
            "Voting closed at %2$s (it opened at %1$s).");
    public static final Message VOTING_CLOSED_TITLE = new Message("不在投票时间内",
            "Voting is not open");
    public static final Message ALREADY_VOTED_TITLE = new Message("今天已为该候选人投过票",
            "Already voted for this candidate today");
    public static final Message ALREADY_VOTED_DETAIL = new Message("您今天已为候选人“%s”投过票（凭证 %s），明天可以再投。",
            "You already voted for candidate '%s' today (receipt %s); you can vote again tomorrow.");
    public static final Message DAILY_VOTE_LIMIT_REACHED_TITLE = new Message("今日票数已用完",
            "No votes left today");
    public static final Message DAILY_VOTE_LIMIT_REACHED_DETAIL = new Message("每人每天最多投 %d 票，今天的票已用完，%s 起可以再投。",
            "Each voter has %d votes a day and today's are used; voting resumes at %s.");
    public static final Message CANDIDATE_ID_PATTERN = new Message("候选人编号格式不正确（1-64 位字母、数字、- 或 _）。",
            "candidateId must be 1-64 letters, digits, '-' or '_'.");
    public static final Message LOGIN_TO_VOTE = new Message("请先登录再投票。",
            "Log in to vote.");
    public static final Message LOGIN_WITHOUT_SUBJECT = new Message("登录凭证中缺少用户标识，请重新登录。",
            "The login token does not identify a user; please log in again.");
    public static final Message VOTER_SUSPENDED_TITLE = new Message("您已被暂停投票",
            "You are suspended from voting");
    public static final Message VOTER_SUSPENDED_DETAIL = new Message("审计人员在核查异常投票期间暂停了您的投票资格；如有疑问，请联系活动主办方。",
            "An auditor suspended your votes while abnormal voting is reviewed; ask the organiser if you think this is a mistake.");
    public static final Message RECEIPT_NOT_FOUND = new Message("活动“%s”中没有这张投票凭证（凭证有误，或不属于本活动）。",
            "Campaign '%s' has no vote with this receipt (it is mistyped, or another campaign's).");
    public static final Message VOTE_VOIDED_TITLE = new Message("此票已作废",
            "This vote was voided");
    public static final Message VOTE_VOIDED_DETAIL = new Message("审计人员核查后认定此票属于异常投票，已将其作废，不计入得票；作废情况已公布。",
            "After review an auditor found this vote abnormal and voided it: it does not count. Every void is published.");

    public static final Message VOTE_EDGE_REQUIRED_TITLE = new Message("请通过投票入口投票",
            "Vote through the voting entrance");
    public static final Message VOTE_EDGE_REQUIRED_DETAIL = new Message("本活动的投票须经投票入口（防刷票防护）提交，此请求未经该入口。",
            "This campaign takes votes through its voting entrance (its protection against bought votes); this request did not come through it.");

    private VotingMessages() {
    }
}
