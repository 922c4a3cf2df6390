package org.gongjiang.stats.model;

import org.gongjiang.platform.model.Message;

/**
 * The words of the open statistics, in Chinese and English, each under its key (the constant's name), filled by
 * {@link Message#text(Object...)}.
 */
public final class StatsMessages {

    public static final Message SNAPSHOT_NOT_FOUND = new Message("活动“%s”没有 %s 的统计快照；快照在投票结束后生成，数据包 datapackage.json 列出全部快照。",
            "Campaign '%s' has no statistics snapshot of %s; "
                + "snapshots are taken when voting closes and datapackage.json lists them.");
    public static final Message TITLE_SUMMARY = new Message("统计概览",
            "Summary");
    public static final Message TITLE_VOTES = new Message("候选人得票",
            "Votes per candidate");
    public static final Message TO_ORDER = new Message("to 不能早于 from。",
            "'to' must not be before 'from'.");
    public static final Message TO_RANGE = new Message("按小时的时间线一次最多 %d 天，请缩小 from 和 to 的范围。",
            "An hourly timeline covers at most %d days per request; narrow from and to.");
    public static final Message TITLE_TIMELINE = new Message("投票时间线",
            "Vote timeline");
    public static final Message FIELD_MEASURE = new Message("指标：nominations 提名、finalists 候选人、votes 票数、voters 投票人数、frontLineShare 一线工人占比",
            "Measure: nominations, finalists, votes, voters, frontLineShare");
    public static final Message FIELD_KEY = new Message("分项（状态、日期等；total 为合计）",
            "Breakdown (a status, a date, ...; total for all)");
    public static final Message FIELD_VALUE = new Message("数值（人数、票数或比例）",
            "Value (people, votes or a share)");
    public static final Message FIELD_LABEL = new Message("%s名称",
            "%s, as named");
    public static final Message FIELD_COUNT = new Message("提名人数",
            "Nominees");
    public static final Message FIELD_CANDIDATE_ID = new Message("候选人编号",
            "Candidate id");
    public static final Message FIELD_NAME = new Message("候选人姓名（本人同意公开）",
            "Name (published with consent)");
    public static final Message FIELD_INDUSTRY = new Message("行业代码",
            "Industry code");
    public static final Message FIELD_CATEGORY = new Message("类别代码",
            "Category code");
    public static final Message FIELD_VOTES_EXACT = new Message("得票数（精确）",
            "Votes (exact)");
    public static final Message FIELD_SHARE = new Message("占全部有效票的比例",
            "Share of all votes");
    public static final Message FIELD_DATE = new Message("投票日（活动所在时区）",
            "Voting day (campaign time zone)");
    public static final Message FIELD_VOTES_THAT_DAY = new Message("当日票数（精确）",
            "Votes that day (exact)");
    public static final Message FIELD_VOTERS = new Message("当日投票人数",
            "Voters that day");
    public static final Message FIELD_HOUR = new Message("小时开始时间（活动所在时区）",
            "Start of the hour (campaign time zone)");
    public static final Message FIELD_VOTES_THAT_HOUR = new Message("该小时票数（精确）",
            "Votes that hour (exact)");
    public static final Message FIELD_SUPPRESSED = new Message("为 true 时该人数因小于公开阈值 k（或为防止推算）而不公布",
            "true when the count of people is withheld (under k, or to stop it being derived)");
    public static final Message FILTER_UNKNOWN_CODE = new Message("没有“%s”这一项，可选：%s。",
            "Unknown %s; choose one of: %s.");
    public static final Message DIMENSION_INDUSTRY = new Message("行业",
            "Industry");
    public static final Message DIMENSION_REGION = new Message("地区（地级）",
            "Region (prefecture level)");
    public static final Message DIMENSION_CATEGORY = new Message("类别",
            "Category");
    public static final Message DIMENSION_TIER = new Message("命名等级",
            "Tier named");
    public static final Message DIMENSION_SEX = new Message("性别",
            "Sex");
    public static final Message DIMENSION_AGE_BAND = new Message("年龄段（提名当年）",
            "Age band (in the year of nomination)");
    public static final Message DIMENSION_YEARS_IN_TRADE_BAND = new Message("从业年限段",
            "Years in the trade");
    public static final Message DIMENSION_FRONT_LINE = new Message("一线工人",
            "Front-line worker");
    public static final Message DIMENSION_STATUS = new Message("评选状态",
            "Status");
    public static final Message LABEL_TOTAL = new Message("合计",
            "Total");
    public static final Message LABEL_NOT_NAMED = new Message("未命名",
            "Not named");
    public static final Message LABEL_MALE = new Message("男",
            "Male");
    public static final Message LABEL_FEMALE = new Message("女",
            "Female");
    public static final Message LABEL_YES = new Message("是",
            "Yes");
    public static final Message LABEL_NO = new Message("否",
            "No");
    public static final Message LABEL_AGE_UNDER_25 = new Message("25岁以下",
            "Under 25");
    public static final Message LABEL_AGE_55_AND_OVER = new Message("55岁及以上",
            "55 and over");
    public static final Message LABEL_YEARS_UNDER_10 = new Message("不满10年",
            "Under 10 years");
    public static final Message LABEL_YEARS_30_AND_OVER = new Message("30年及以上",
            "30 years and over");
    public static final Message STATUS_SUBMITTED = new Message("已提交",
            "Submitted");
    public static final Message STATUS_WITHDRAWN = new Message("已撤回",
            "Withdrawn");
    public static final Message STATUS_QUALIFIED = new Message("通过资格初审",
            "Qualified");
    public static final Message STATUS_DISQUALIFIED = new Message("未通过资格初审",
            "Disqualified");
    public static final Message STATUS_IN_REVIEW = new Message("专家评审中",
            "In expert review");
    public static final Message STATUS_SCORED = new Message("专家评审完成",
            "Scored");
    public static final Message STATUS_SHORTLISTED = new Message("联席会议入围",
            "Shortlisted");
    public static final Message STATUS_REJECTED = new Message("未入围",
            "Rejected");
    public static final Message STATUS_ON_NOTICE = new Message("公示中",
            "On public notice");
    public static final Message STATUS_FINALIST = new Message("候选人",
            "Finalist");
    public static final Message STATUS_NAMED = new Message("已命名",
            "Named");
    public static final Message RESOURCE_NOT_FOUND = new Message("没有这项统计：%s。可用：summary（空）、nominations、votes、votes/timeline、integrity。",
            "No such statistics resource: %s. Available: (summary), nominations, votes, votes/timeline, integrity.");
    public static final Message DIMENSION_UNKNOWN = new Message("没有“%s”这一维度，可选：%s。",
            "Unknown dimension '%s'; choose from: %s.");
    public static final Message DIMENSION_REPEATED = new Message("维度“%s”重复。",
            "Dimension '%s' is repeated.");
    public static final Message DIMENSION_COUNT = new Message("by 最多两个（一维表或二维表）。",
            "Give 'by' once or twice (a one-way or a two-way table).");
    public static final Message INTERVAL_ENUM = new Message("interval 只能是 hour 或 day。",
            "interval is hour or day.");
    public static final Message PARAMETER_DATE = new Message("%s 须为日期，例如 2026-11-21（活动所在时区）。",
            "%s is a date such as 2026-11-21 (campaign time zone).");
    public static final Message DATA_PACKAGE_TITLE = new Message("工匠评选公开统计：",
            "Open statistics of craftsman selection ");
    public static final Message PARAMETER_UNKNOWN = new Message("不支持参数“%s”。",
            "Unknown parameter '%s'.");
    public static final Message PARAMETER_UNKNOWN_ALLOWED = new Message("不支持参数“%s”（可用：%s）。",
            "Unknown parameter '%s' (allowed: %s).");
    public static final Message TITLE_NOMINATIONS = new Message("按%s统计的提名人数",
            "Nominees by %s");
    public static final Message LABEL_AGE_RANGE = new Message("%s岁",
            "%s");
    public static final Message LABEL_YEARS_RANGE = new Message("%s年",
            "%s years");
    public static final Message TITLE_VOIDS = new Message("作废选票公示",
            "Votes voided");
    public static final Message VOID_FIELD_VOID_ID = new Message("作废编号",
            "Void id");
    public static final Message VOID_FIELD_CANDIDATE_ID = new Message("候选人编号",
            "Candidate id");
    public static final Message VOID_FIELD_CAST_FROM = new Message("被作废选票的投出时间起（整点，活动所在时区）",
            "Votes cast from (hour, campaign time zone)");
    public static final Message VOID_FIELD_CAST_TO = new Message("被作废选票的投出时间止（整点，活动所在时区）",
            "Votes cast until (hour, campaign time zone)");
    public static final Message VOID_FIELD_VOIDED_AT = new Message("作废时间（整点，活动所在时区）",
            "Voided at (hour, campaign time zone)");
    public static final Message VOID_FIELD_VOTES_VOIDED = new Message("作废票数",
            "Votes voided");
    public static final Message VOID_FIELD_RULE = new Message("依据的规则",
            "Rule");
    public static final Message VOID_FIELD_REASON = new Message("作废理由",
            "Reason");
    public static final Message VOID_FIELD_STATUS = new Message("状态：applied 已生效，restored 已恢复",
            "Status: applied, or restored");
    public static final Message VOID_FIELD_VOTES_RESTORED = new Message("恢复票数",
            "Votes restored");
    public static final Message FIELD_VOIDED = new Message("作废票数（审计人员核查后认定的异常选票，不计入得票）",
            "Votes voided (found abnormal by the auditors; not counted)");
    public static final Message TITLE_WINNERS = new Message("评选结果与大众投票",
            "Winners and the public vote");
    public static final Message FIELD_ENTERPRISE = new Message("推荐单位",
            "Nominating enterprise");
    public static final Message FIELD_TIER = new Message("命名等级代码（未命名为空）",
            "Tier code the finalist was named in (empty if not named)");
    public static final Message FIELD_TIER_NAME = new Message("命名等级名称",
            "Name of the tier");

    private StatsMessages() {
    }
}
