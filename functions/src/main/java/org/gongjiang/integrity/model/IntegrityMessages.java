package org.gongjiang.integrity.model;

import org.gongjiang.platform.model.Message;

/** The words of the vote's integrity, in Chinese and English, each under its key (the constant's name). */
public final class IntegrityMessages {

    public static final Message SEPARATION_OF_DUTIES_TITLE = new Message("职责分离",
            "Separation of duties");
    public static final Message SEPARATION_OF_DUTIES_DETAIL = new Message("同时属于评审办公室的账号不能作废或恢复选票、暂停投票人；请使用审计专用账号。",
            "A login that also belongs to the review office cannot void or restore votes or suspend voters: use an auditor's own login.");
    public static final Message ALERT_NOT_FOUND = new Message("活动“%s”没有预警“%s”。",
            "Campaign '%s' has no alert '%s'.");
    public static final Message VOID_NOT_FOUND = new Message("活动“%s”没有作废记录“%s”。",
            "Campaign '%s' has no void '%s'.");
    public static final Message NOTHING_TO_VOID_TITLE = new Message("没有可作废的选票",
            "Nothing to void");
    public static final Message NOTHING_TO_VOID_DETAIL = new Message("在给定范围内没有为候选人“%s”投出且尚未作废的选票。",
            "There is no vote for candidate '%s' in that scope that is not voided already.");
    public static final Message VOID_TOO_LARGE_TITLE = new Message("作废范围过大",
            "Too many votes for one void");
    public static final Message VOID_TOO_LARGE_DETAIL = new Message("一次作废最多 %d 票，此范围有 %d 票；请缩小时间范围或分次作废。",
            "One void takes at most %d votes and this scope holds %d; narrow the window or void in parts.");
    public static final Message FOUR_EYES_TITLE = new Message("须由另一名审计人员确认",
            "A second auditor must confirm");
    public static final Message FOUR_EYES_DETAIL = new Message("作废 %s 由您提出，须由另一名审计人员确认。",
            "You asked for void %s: another auditor confirms it.");
    public static final Message VOID_NOT_PENDING_TITLE = new Message("作废不在待确认状态",
            "Void not awaiting confirmation");
    public static final Message VOID_NOT_PENDING_DETAIL = new Message("作废 %s 当前为 %s，不能确认。",
            "Void %s is %s and cannot be confirmed.");
    public static final Message VOID_NOT_APPLIED_TITLE = new Message("作废未生效",
            "Void not applied");
    public static final Message VOID_NOT_APPLIED_DETAIL = new Message("作废 %s 当前为 %s，只有已生效的作废可以恢复。",
            "Void %s is %s; only an applied void can be restored.");
    public static final Message ALREADY_SUSPENDED_TITLE = new Message("已暂停",
            "Already suspended");
    public static final Message ALREADY_SUSPENDED_DETAIL = new Message("投票人 %s 已被暂停投票。",
            "Voter %s is suspended already.");
    public static final Message NOT_SUSPENDED = new Message("投票人 %s 未被暂停。",
            "Voter %s is not suspended.");
    public static final Message SCOPE_REQUIRED = new Message("请给出作废范围：预警 alertId、投票人 voters 或网络 network 之一。",
            "Say what to void: one of alertId, voters or network.");
    public static final Message SCOPE_ONE = new Message("alertId、voters、network 只能给出一项。",
            "Give one of alertId, voters and network, not several.");
    public static final Message WINDOW_REQUIRED = new Message("按投票人或网络作废时须给出时间范围 from 和 to。",
            "Voiding by voters or network needs the window: from and to.");
    public static final Message WINDOW_TOO_LONG = new Message("时间范围最长 %s。",
            "The window spans at most %s.");
    public static final Message WINDOW_ORDER = new Message("to 须晚于 from。",
            "to must be after from.");
    public static final Message ALERT_OTHER_CANDIDATE = new Message("预警 %s 涉及候选人“%s”，不是“%s”。",
            "Alert %s is about candidate '%s', not '%s'.");
    public static final Message VOTER_ID_PATTERN = new Message("“%s”不是投票人编号（22 位 base64url 字符）。",
            "'%s' is not a voter id (22 base64url characters).");
    public static final Message NETWORK_PATTERN = new Message("“%s”不是网络编号（8 位 base64url 字符）。",
            "'%s' is not a network id (8 base64url characters).");
    public static final Message DATE_TIME = new Message("“%s”不是带时区的 ISO 8601 时间。",
            "'%s' is not an ISO 8601 date-time with an offset.");
    public static final Message CHANGED_MEANWHILE_TITLE = new Message("作废刚被修改",
            "Changed meanwhile");
    public static final Message CHANGED_MEANWHILE_DETAIL = new Message("作废 %s 在此期间已被另一名审计人员处理，请重新读取。",
            "Void %s was acted on by another auditor meanwhile; read it again.");

    public static final Message TOO_MANY_BALLOTS = new Message("此范围需查阅 %d 张选票（投票人数乘以天数），一次最多 %d 张；请缩短时间范围或减少投票人。",
            "This scope means reading %d ballots (voters times days), at most %d at once: narrow the window or list fewer voters.");

    private IntegrityMessages() {
    }
}
