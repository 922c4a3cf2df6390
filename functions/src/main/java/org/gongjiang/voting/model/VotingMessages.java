package org.gongjiang.voting.model;

import org.gongjiang.platform.model.Message;

/** The words of the public vote, in Chinese and English: looked up by key, filled by {@link Message#text(Object...)}. */
public enum VotingMessages implements Message {
    FILTER_UNKNOWN_CODE("“%s”不是本活动的取值，可选：%s。",
            "'%s' is not one of this campaign's values: %s."),
    VOTING_NOT_OPEN_YET_DETAIL("投票尚未开始，将于 %s 开始，%s 结束。",
            "Voting has not opened yet; it opens at %s and closes at %s."),
    VOTING_CLOSED_DETAIL("投票已于 %2$s 结束（开始于 %1$s）。",
            "Voting closed at %2$s (it opened at %1$s)."),
    VOTING_CLOSED_TITLE("不在投票时间内",
            "Voting is not open"),
    ALREADY_VOTED_TITLE("今天已为该候选人投过票",
            "Already voted for this candidate today"),
    ALREADY_VOTED_DETAIL("您今天已为候选人“%s”投过票（凭证 %s），明天可以再投。",
            "You already voted for candidate '%s' today (receipt %s); you can vote again tomorrow."),
    DAILY_VOTE_LIMIT_REACHED_TITLE("今日票数已用完",
            "No votes left today"),
    DAILY_VOTE_LIMIT_REACHED_DETAIL("每人每天最多投 %d 票，今天的票已用完，%s 起可以再投。",
            "Each voter has %d votes a day and today's are used; voting resumes at %s."),
    CANDIDATE_ID_PATTERN("候选人编号格式不正确（1-64 位字母、数字、- 或 _）。",
            "candidateId must be 1-64 letters, digits, '-' or '_'."),
    LOGIN_TO_VOTE("请先登录再投票。",
            "Log in to vote."),
    LOGIN_WITHOUT_SUBJECT("登录凭证中缺少用户标识，请重新登录。",
            "The login token does not identify a user; please log in again.");

    private final String zh;
    private final String en;

    VotingMessages(String zh, String en) {
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
