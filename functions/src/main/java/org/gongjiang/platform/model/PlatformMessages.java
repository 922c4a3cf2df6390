package org.gongjiang.platform.model;

import org.gongjiang.platform.model.Message;

/** The words of every request (its shape, its login), in Chinese and English: looked up by key, filled by {@link Message#text(Object...)}. */
public enum PlatformMessages implements Message {
    LOGIN_FIRST("请先登录。",
            "Log in first."),
    BODY_TOO_LARGE_DETAIL("请求体为 %d 字节，超过上限 %d 字节。",
            "The body is %d bytes; the limit is %d bytes."),
    BODY_EMPTY("请求体为空，需要一个 JSON 对象。",
            "The body is empty; a JSON object is required."),
    BODY_NOT_UTF_8("请求体须为 UTF-8 编码的 JSON，不能是 %s。",
            "The body must be JSON in UTF-8, not %s."),
    BODY_NOT_JSON("请求体不是有效的 JSON（第 %d 行第 %d 列附近）。",
            "The body is not valid JSON (near line %d, column %d)."),
    BODY_CANNOT_READ("请求体无法读取。",
            "The body cannot be read."),
    BODY_NOT_OBJECT("请求体必须是 JSON 对象。",
            "The body must be a JSON object."),
    UNKNOWN_FIELD("不支持字段“%s”。",
            "Unknown field '%s'."),
    FIELD_REQUIRED("缺少字段“%s”。",
            "Field '%s' is required."),
    FIELD_PREFIX("字段“%s”：",
            "Field '%s': "),
    FIELD_LENGTH("字段“%s”的长度必须在 1 到 %d 个字符之间。",
            "Field '%s' must be 1 to %d characters long."),
    FIELD_INTEGER_RANGE("字段“%s”必须在 %d 到 %d 之间。",
            "Field '%s' must be between %d and %d."),
    FIELD_NUMBER_RANGE("字段“%s”必须在 %s 到 %s 之间。",
            "Field '%s' must be between %s and %s."),
    FIELD_ARRAY_SIZE("字段“%s”必须是包含 %d 到 %d 项的数组。",
            "Field '%s' must be an array of %d to %d items."),
    FIELD_NOT_OBJECT("“%s”必须是对象。",
            "'%s' must be an object."),
    FIELD_STRING_ARRAY("字段“%s”必须是最多 %d 项的字符串数组。",
            "Field '%s' must be an array of at most %d strings."),
    ITEM_LENGTH("“%s”必须是 1 到 %d 个字符的字符串。",
            "'%s' must be a string of 1 to %d characters."),
    ITEM_PREFIX("“%s”：",
            "'%s': "),
    INTERNAL_ERROR_TITLE("服务器内部错误",
            "Internal error"),
    INTERNAL_ERROR_DETAIL("服务器出了问题，请稍后重试；如果一直出现，请告知请求编号。",
            "Something went wrong on our side; please retry later, and quote the request id if it persists."),
    TEXT_NOT_UTF_8("含有无法识别的字符（请使用 UTF-8 编码）。",
            "contains characters that are not valid text (send UTF-8)."),
    TEXT_LINE_BREAK("不能换行。",
            "must be on one line."),
    TEXT_INVISIBLE_CHARACTER("含有不可见或控制字符 U+%04X。",
            "contains the invisible or control character U+%04X."),
    ROLE_REQUIRED_TITLE("没有权限",
            "Not allowed"),
    ROLE_REQUIRED_DETAIL("此操作需要以下角色之一：%s。",
            "This needs one of these roles: %s."),
    INVALID_REQUEST_TITLE("请求无效",
            "Invalid request"),
    INVALID_REQUEST_DETAIL("请求中有 %d 处错误，请逐项修改后重试。",
            "The request has %d error(s); fix each and try again."),
    NOT_FOUND_TITLE("未找到",
            "Not found"),
    CAMPAIGN_NOT_FOUND("评选活动“%s”不存在。",
            "There is no campaign '%s'."),
    CANDIDATE_NOT_FOUND("评选活动“%s”中没有候选人“%s”。",
            "Campaign '%s' has no candidate '%s'."),
    LOGIN_REQUIRED_TITLE("需要登录",
            "Login required"),
    FIELD_TYPE("字段“%s”必须是%s。",
            "Field '%s' must be %s."),
    TYPE_STRING("字符串",
            "a string"),
    TYPE_WHOLE_NUMBER("整数",
            "a whole number"),
    TYPE_NUMBER("数字",
            "a number"),
    TYPE_TRUE_OR_FALSE("布尔值（true 或 false）",
            "true or false"),
    TYPE_OBJECT("对象",
            "an object");

    private final String zh;
    private final String en;

    PlatformMessages(String zh, String en) {
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
