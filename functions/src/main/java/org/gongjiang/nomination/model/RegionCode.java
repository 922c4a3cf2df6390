package org.gongjiang.nomination.model;

import java.util.Map;
import java.util.Optional;

/**
 * A 6-digit administrative division code (行政区划代码): province (2 digits), prefecture (2), county (2).
 * Names are known for the provinces and for the prefectures of the provinces the campaigns come from
 * (Sichuan, Shandong, Liaoning); other codes are valid when their province exists.
 */
public final class RegionCode {

    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("11", "北京市"), Map.entry("12", "天津市"), Map.entry("13", "河北省"), Map.entry("14", "山西省"),
            Map.entry("15", "内蒙古自治区"), Map.entry("21", "辽宁省"), Map.entry("22", "吉林省"), Map.entry("23", "黑龙江省"),
            Map.entry("31", "上海市"), Map.entry("32", "江苏省"), Map.entry("33", "浙江省"), Map.entry("34", "安徽省"),
            Map.entry("35", "福建省"), Map.entry("36", "江西省"), Map.entry("37", "山东省"), Map.entry("41", "河南省"),
            Map.entry("42", "湖北省"), Map.entry("43", "湖南省"), Map.entry("44", "广东省"), Map.entry("45", "广西壮族自治区"),
            Map.entry("46", "海南省"), Map.entry("50", "重庆市"), Map.entry("51", "四川省"), Map.entry("52", "贵州省"),
            Map.entry("53", "云南省"), Map.entry("54", "西藏自治区"), Map.entry("61", "陕西省"), Map.entry("62", "甘肃省"),
            Map.entry("63", "青海省"), Map.entry("64", "宁夏回族自治区"), Map.entry("65", "新疆维吾尔自治区"),
            Map.entry("71", "台湾省"), Map.entry("81", "香港特别行政区"), Map.entry("82", "澳门特别行政区"));
    private static final Map<String, String> PREFECTURES = Map.ofEntries(
            Map.entry("5101", "成都市"), Map.entry("5103", "自贡市"), Map.entry("5104", "攀枝花市"), Map.entry("5105", "泸州市"),
            Map.entry("5106", "德阳市"), Map.entry("5107", "绵阳市"), Map.entry("5108", "广元市"), Map.entry("5109", "遂宁市"),
            Map.entry("5110", "内江市"), Map.entry("5111", "乐山市"), Map.entry("5113", "南充市"), Map.entry("5114", "眉山市"),
            Map.entry("5115", "宜宾市"), Map.entry("5116", "广安市"), Map.entry("5117", "达州市"), Map.entry("5118", "雅安市"),
            Map.entry("5119", "巴中市"), Map.entry("5120", "资阳市"), Map.entry("5132", "阿坝藏族羌族自治州"),
            Map.entry("5133", "甘孜藏族自治州"), Map.entry("5134", "凉山彝族自治州"),
            Map.entry("3701", "济南市"), Map.entry("3702", "青岛市"), Map.entry("3703", "淄博市"), Map.entry("3704", "枣庄市"),
            Map.entry("3705", "东营市"), Map.entry("3706", "烟台市"), Map.entry("3707", "潍坊市"), Map.entry("3708", "济宁市"),
            Map.entry("3709", "泰安市"), Map.entry("3710", "威海市"), Map.entry("3711", "日照市"), Map.entry("3713", "临沂市"),
            Map.entry("3714", "德州市"), Map.entry("3715", "聊城市"), Map.entry("3716", "滨州市"), Map.entry("3717", "菏泽市"),
            Map.entry("2101", "沈阳市"), Map.entry("2102", "大连市"), Map.entry("2103", "鞍山市"), Map.entry("2104", "抚顺市"),
            Map.entry("2105", "本溪市"), Map.entry("2106", "丹东市"), Map.entry("2107", "锦州市"), Map.entry("2108", "营口市"),
            Map.entry("2109", "阜新市"), Map.entry("2110", "辽阳市"), Map.entry("2111", "盘锦市"), Map.entry("2112", "铁岭市"),
            Map.entry("2113", "朝阳市"), Map.entry("2114", "葫芦岛市"));

    private RegionCode() {
    }

    public static boolean isValid(String code) {
        return code != null && code.matches("[0-9]{6}") && PROVINCES.containsKey(code.substring(0, 2));
    }

    /** The prefecture-level code (the first four digits, then 00), as statistics group regions. */
    public static String prefecture(String code) {
        return code.substring(0, 4) + "00";
    }

    /** The prefecture's name where known, else the province's. */
    public static Optional<String> name(String code) {
        if (!isValid(code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(PREFECTURES.get(code.substring(0, 4))).or(() -> Optional.of(PROVINCES.get(code.substring(0, 2))));
    }
}
