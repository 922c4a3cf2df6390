package org.gongjiang.platform.model;


/**
 * The words of every request (its shape, its login), in Chinese and English, each under its key (the constant's name), filled by
 * {@link Message#text(Object...)}.
 */
public final class PlatformMessages {

    public static final Message LOGIN_FIRST = new Message("请先登录。",
            "Log in first.");
    public static final Message BODY_TOO_LARGE_DETAIL = new Message("请求体为 %d 字节，超过上限 %d 字节。",
            "The body is %d bytes; the limit is %d bytes.");
    public static final Message BODY_EMPTY = new Message("请求体为空，需要一个 JSON 对象。",
            "The body is empty; a JSON object is required.");
    public static final Message BODY_NOT_UTF_8 = new Message("请求体须为 UTF-8 编码的 JSON，不能是 %s。",
            "The body must be JSON in UTF-8, not %s.");
    public static final Message BODY_NOT_JSON = new Message("请求体不是有效的 JSON（第 %d 行第 %d 列附近）。",
            "The body is not valid JSON (near line %d, column %d).");
    public static final Message BODY_CANNOT_READ = new Message("请求体无法读取。",
            "The body cannot be read.");
    public static final Message BODY_NOT_OBJECT = new Message("请求体必须是 JSON 对象。",
            "The body must be a JSON object.");
    public static final Message UNKNOWN_FIELD = new Message("不支持字段“%s”。",
            "Unknown field '%s'.");
    public static final Message FIELD_REQUIRED = new Message("缺少字段“%s”。",
            "Field '%s' is required.");
    public static final Message FIELD_PREFIX = new Message("字段“%s”：",
            "Field '%s': ");
    public static final Message FIELD_LENGTH = new Message("字段“%s”的长度必须在 1 到 %d 个字符之间。",
            "Field '%s' must be 1 to %d characters long.");
    public static final Message FIELD_INTEGER_RANGE = new Message("字段“%s”必须在 %d 到 %d 之间。",
            "Field '%s' must be between %d and %d.");
    public static final Message FIELD_NUMBER_RANGE = new Message("字段“%s”必须在 %s 到 %s 之间。",
            "Field '%s' must be between %s and %s.");
    public static final Message FIELD_ARRAY_SIZE = new Message("字段“%s”必须是包含 %d 到 %d 项的数组。",
            "Field '%s' must be an array of %d to %d items.");
    public static final Message FIELD_NOT_OBJECT = new Message("“%s”必须是对象。",
            "'%s' must be an object.");
    public static final Message FIELD_STRING_ARRAY = new Message("字段“%s”必须是最多 %d 项的字符串数组。",
            "Field '%s' must be an array of at most %d strings.");
    public static final Message ITEM_LENGTH = new Message("“%s”必须是 1 到 %d 个字符的字符串。",
            "'%s' must be a string of 1 to %d characters.");
    public static final Message ITEM_PREFIX = new Message("“%s”：",
            "'%s': ");
    public static final Message INTERNAL_ERROR_TITLE = new Message("服务器内部错误",
            "Internal error");
    public static final Message INTERNAL_ERROR_DETAIL = new Message("服务器出了问题，请稍后重试；如果一直出现，请告知请求编号。",
            "Something went wrong on our side; please retry later, and quote the request id if it persists.");
    public static final Message SERVICE_UNAVAILABLE_TITLE = new Message("服务繁忙",
            "Service busy");
    public static final Message SERVICE_UNAVAILABLE_DETAIL = new Message("服务暂时繁忙，请在 %d 秒后原样重试；重试是安全的，不会重复计票。",
            "The service is briefly busy; send the same request again after %d s. Retrying is safe: nothing is counted twice.");
    public static final Message TEXT_NOT_UTF_8 = new Message("含有无法识别的字符（请使用 UTF-8 编码）。",
            "contains characters that are not valid text (send UTF-8).");
    public static final Message TEXT_LINE_BREAK = new Message("不能换行。",
            "must be on one line.");
    public static final Message TEXT_INVISIBLE_CHARACTER = new Message("含有不可见或控制字符 U+%04X。",
            "contains the invisible or control character U+%04X.");
    public static final Message ROLE_REQUIRED_TITLE = new Message("没有权限",
            "Not allowed");
    public static final Message ROLE_REQUIRED_DETAIL = new Message("此操作需要以下角色之一：%s。",
            "This needs one of these roles: %s.");
    public static final Message INVALID_REQUEST_TITLE = new Message("请求无效",
            "Invalid request");
    public static final Message INVALID_REQUEST_DETAIL = new Message("请求中有 %d 处错误，请逐项修改后重试。",
            "The request has %d error(s); fix each and try again.");
    public static final Message NOT_FOUND_TITLE = new Message("未找到",
            "Not found");
    public static final Message CAMPAIGN_NOT_FOUND = new Message("评选活动“%s”不存在。",
            "There is no campaign '%s'.");
    public static final Message CANDIDATE_NOT_FOUND = new Message("评选活动“%s”中没有候选人“%s”。",
            "Campaign '%s' has no candidate '%s'.");
    public static final Message LOGIN_REQUIRED_TITLE = new Message("需要登录",
            "Login required");
    public static final Message FIELD_TYPE = new Message("字段“%s”必须是%s。",
            "Field '%s' must be %s.");
    public static final Message TYPE_STRING = new Message("字符串",
            "a string");
    public static final Message TYPE_WHOLE_NUMBER = new Message("整数",
            "a whole number");
    public static final Message TYPE_NUMBER = new Message("数字",
            "a number");
    public static final Message TYPE_TRUE_OR_FALSE = new Message("布尔值（true 或 false）",
            "true or false");
    public static final Message TYPE_OBJECT = new Message("对象",
            "an object");

    private PlatformMessages() {
    }
    public static final Message RECOUNT_EXISTS_TITLE = new Message("重新计票已存在", "Recount exists");
    public static final Message RECOUNT_EXISTS = new Message("同一时刻已经开始过一次重新计票（%s），请稍后再试。",
            "A recount (%s) was started at the same moment; try again.");
    public static final Message COUNTERS_MOVED_TITLE = new Message("计数已变化", "Counters moved");
    public static final Message COUNTERS_MOVED = new Message("比较之后又有变化计入，比较结果已不成立：请重新比较（compare）后再切换。",
            "Changes were counted since the comparison, which no longer holds: compare again, then switch.");
    public static final Message RECOUNT_GENERATION_INVALID = new Message(
            "generation 应形如 recount-20261201-093000123（由 rebuild 给出）。",
            "generation must look like recount-20261201-093000123 (as rebuild answered).");
    public static final Message RECOUNT_NOT_FOUND = new Message("活动“%s”没有重新计票 %s。", "Campaign '%s' has no recount %s.");
    public static final Message RECOUNT_REQUEST_INVALID = new Message("重新计票的请求有误：%s。", "The recount request is invalid: %s.");
}
