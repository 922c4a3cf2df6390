package org.gongjiang.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.local.client.ApiClient;
import org.gongjiang.local.emulator.http.JwtAuthority;
import org.gongjiang.local.emulator.lambda.LocalClock;
import org.gongjiang.nomination.model.CreditCode;
import org.gongjiang.nomination.model.IdentityNumber;

/**
 * The demo campaign of the local stack, modelled on 四川工匠 (six leading industries, prefecture-level
 * regions, Asia/Shanghai time), made the way a real one is: an admin creates it through
 * {@code POST /v1/admin/campaigns}; twelve enterprises nominate 36 fictional workers; the review office
 * qualifies them (two are disqualified), experts score them, the joint meeting shortlists 32 with a
 * proposed tier (one nominee did not consent to publication, one scored too low), the public notice
 * runs its five days (one objection, dismissed), and the 32 become finalists. Every step is an HTTP
 * call to the stack's own routes with tokens of the right groups, while the functions' clock is moved
 * through the campaign's weeks; then the clock is put back and the vote is open. Before it, the same way,
 * the closed edition of a year earlier ({@link DemoClosedEdition}: voting in November 2025, winners named).
 */
public final class DemoCampaign {

    public static final String CAMPAIGN_ID = "sichuan-2026";
    public static final int PER_VOTER_PER_DAY = 10;
    public static final int NOMINATIONS = 36;
    public static final int FINALISTS = 32;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final String[] EXPERTS = {"expert-01", "expert-02", "expert-03", "expert-04", "expert-05", "expert-06", "expert-07"};
    private static final String[] CRITERIA = {"craftExpertise", "superbSkill", "leadingRole", "outstandingContribution"};

    /** name, industry, county code, trade. */
    private static final String[][] ENTERPRISES = {
            {"成都锦城微电子有限公司", "electronics", "510104", "集成电路封装工"},
            {"绵阳九州光电科技有限公司", "electronics", "510703", "电子设备装接工"},
            {"德阳重型装备制造有限公司", "equipment", "510603", "数控车工"},
            {"自贡川南锅炉有限公司", "equipment", "510302", "焊工"},
            {"宜宾五粮酒业酿造有限公司", "food-textiles", "511502", "酿酒师"},
            {"南充丝绸织造有限公司", "food-textiles", "511302", "缫丝工"},
            {"泸州天然气化工有限公司", "energy-chemicals", "510502", "化工总控工"},
            {"攀枝花钒钛化工有限公司", "energy-chemicals", "510402", "钒钛冶炼工"},
            {"攀枝花新材料科技有限公司", "materials", "510411", "钛材加工工"},
            {"乐山多晶硅材料有限公司", "materials", "511102", "多晶硅制取工"},
            {"雅安川药制药有限公司", "medicine", "511802", "中药炮制工"},
            {"成都蜀康生物医药有限公司", "medicine", "510107", "药物制剂工"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
            "彭", "曾", "蒋", "蔡", "贾", "丁"};
    private static final String[] MEN = {"建国", "志强", "海峰", "国庆", "德明", "晓东", "立新", "明亮"};
    private static final String[] WOMEN = {"秀英", "丽华", "玉兰", "桂芳", "春燕", "永红", "淑珍", "红梅"};
    private static final String[] AWARDS = {"全国技术能手", "四川省技术能手", "天府工匠", "四川省五一劳动奖章", "企业首席技师"};
    private static final String[] FEATS = {
            "主持攻克关键工序精度难题，产品合格率提升到99.6%",
            "总结出一套操作法，在全行业推广",
            "带出徒弟三十余名，其中多人获省级技能大赛奖项",
            "完成技术革新二十余项，年节约成本数百万元",
            "参与国家重点工程关键部件制造，零差错交付"};

    /** Nominees 33 and 34 are disqualified at 资格初审; 35 did not consent to publication; 36 scores lowest. */
    private static final int FIRST_DISQUALIFIED = 32;
    private static final int WITHOUT_CONSENT = 34;
    private static final int LOWEST_SCORE = 35;

    private DemoCampaign() {
    }


    /** The closed earlier edition the demo also makes (its vote ran in November 2025; winners named). */
    public static final String CLOSED_CAMPAIGN_ID = DemoClosedEdition.CAMPAIGN_ID;

    /** What the demo left: how many were nominated and how many are on the ballot. */
    public record Outcome(boolean created, int nominations, int finalists) {
    }

    /**
     * What the closed edition needs of the stack beside its HTTP routes: the pseudonymous voter id of a
     * local login (what an auditor sees and voids by), and a wait until the counters (votes and
     * nominations) hold what was written, before the statistics are frozen.
     */
    public interface Stack {
        String voterIdOf(String subject);

        void awaitCounted() throws InterruptedException;
    }

    /**
     * Creates and walks the closed edition and the demo campaign through the stack at {@code api}, each
     * unless it already exists (a kept data folder). The demo campaign's voting opens a minute before the call.
     */
    public static Outcome ensure(String api, JwtAuthority authority, LocalClock clock, Stack stack) {
        ApiClient client = new ApiClient(api);
        String admin = authority.issue("demo-admin", List.of("admin"), TOKEN_LIFETIME);
        try {
            // The admin route reads the table itself; the public ones would remember the miss for their cache's lifetime.
            Optional<DemoClosedEdition> closed = DemoClosedEdition.exists(client, admin) ? Optional.empty()
                    : Optional.of(new DemoClosedEdition(client, authority, clock, stack, admin));
            if (closed.isPresent()) {
                closed.get().untilTheClose();
            }
            boolean created = client.send("GET", "/v1/admin/campaigns/" + CAMPAIGN_ID, null, admin).status() != 200;
            if (created) {
                Instant votingOpens = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1));
                new Walk(client, authority, clock, votingOpens, admin).run();
            }
            if (closed.isPresent()) {
                closed.get().afterTheClose();
            }
            clock.setOffset(Duration.ZERO);
            int finalists = client.get("/v1/campaigns/" + CAMPAIGN_ID + "/candidates").path("candidates").size();
            return new Outcome(created, NOMINATIONS, finalists);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the demo was interrupted", e);
        } finally {
            clock.setOffset(Duration.ZERO);
        }
    }

    /** The configuration an admin posts: nominations 40 to 30 days before the vote, five days of notice, 30 days of voting. */
    public static ObjectNode configuration(Instant votingOpens) {
        ObjectNode campaign = JSON.createObjectNode().put("campaignId", CAMPAIGN_ID);
        campaign.putObject("name").put("zh", "第五届“四川工匠”评选（演示）").put("en", "5th Sichuan Craftsmen selection (demo)");
        campaign.put("timeZone", ZONE.getId());
        window(campaign.putObject("nominationWindow"), votingOpens.minus(Duration.ofDays(40)), votingOpens.minus(Duration.ofDays(30)));
        campaign.put("publicNotice", "P5D");
        window(campaign.putObject("votingWindow"), votingOpens, votingOpens.plus(Duration.ofDays(30)));
        campaign.putObject("voteRules").put("perVoterPerDay", PER_VOTER_PER_DAY).put("perCandidatePerDay", 1);
        ArrayNode categories = campaign.putArray("categories");
        ObjectNode craftsman = categories.addObject().put("code", "craftsman");
        craftsman.putObject("name").put("zh", "四川工匠").put("en", "Sichuan craftsman");
        craftsman.putObject("eligibility").put("minYearsInTrade", 20).put("minAge", 30).put("maxAge", 76);
        ObjectNode young = categories.addObject().put("code", "young");
        young.putObject("name").put("zh", "青年工匠").put("en", "Young craftsman");
        young.putObject("eligibility").put("minYearsInTrade", 5).put("minAge", 18).put("maxAge", 35);
        ArrayNode industries = campaign.putArray("industries");
        label(industries, "electronics", "电子信息", "Electronics and information");
        label(industries, "equipment", "装备制造", "Equipment manufacturing");
        label(industries, "food-textiles", "食品轻纺", "Food and light textiles");
        label(industries, "energy-chemicals", "能源化工", "Energy and chemicals");
        label(industries, "materials", "先进材料", "Advanced materials");
        label(industries, "medicine", "医药健康", "Medicine and health");
        ArrayNode tiers = campaign.putArray("tiers");
        label(tiers, "gold", "金牌工匠", "Gold");
        label(tiers, "silver", "银牌工匠", "Silver");
        label(tiers, "bronze", "铜牌工匠", "Bronze");
        ArrayNode criteria = campaign.putArray("criteria");
        criteria.addObject().put("code", "craftExpertise").put("weight", 0.3);
        criteria.addObject().put("code", "superbSkill").put("weight", 0.3);
        criteria.addObject().put("code", "leadingRole").put("weight", 0.2);
        criteria.addObject().put("code", "outstandingContribution").put("weight", 0.2);
        campaign.putObject("ranking").put("expertWeight", 0.7).put("voteWeight", 0.3);
        campaign.put("enterpriseQuota", 3).put("disclosureThreshold", 5).put("retentionDays", 180);
        return campaign;
    }

    /** Nominee {@code i} (0-based) of enterprise {@code i % 12}, eligible for the category it is entered in. */
    public static ObjectNode nomination(int i, Instant votingOpens) {
        String[] enterprise = ENTERPRISES[i % ENTERPRISES.length];
        boolean youngCategory = i % 4 == 3;
        boolean woman = i % 3 == 1;
        int nominationYear = LocalDate.ofInstant(votingOpens.minus(Duration.ofDays(40)), ZONE).getYear();
        int age = youngCategory ? 24 + i % 8 : 40 + (i * 7) % 20;
        LocalDate birthDate = LocalDate.of(nominationYear - age, 1 + i % 12, 1 + (i * 7) % 28);
        String first17 = enterprise[2] + birthDate.toString().replace("-", "") + "%02d".formatted(10 + i) + (woman ? 2 * (i % 5) : 2 * (i % 5) + 1);
        int yearsInTrade = youngCategory ? 5 + i % 4 : Math.min(20 + i % 10, age - 18);

        ObjectNode body = JSON.createObjectNode().put("category", youngCategory ? "young" : "craftsman");
        ObjectNode nominee = body.putObject("nominee")
                .put("name", SURNAMES[i] + (woman ? WOMEN : MEN)[(i * 5) % 8])
                .put("sex", woman ? "F" : "M")
                .put("idNumber", first17 + IdentityNumber.checkCharacter(first17))
                .put("birthDate", birthDate.toString())
                .put("trade", enterprise[3])
                .put("industry", enterprise[1])
                .put("region", enterprise[2])
                .put("yearsInTrade", yearsInTrade)
                .put("frontLine", i % 9 != 8)
                .put("patents", i % 6);
        ArrayNode awards = nominee.putArray("awards");
        awards.add(AWARDS[i % AWARDS.length]);
        if (i % 2 == 0) {
            awards.add(AWARDS[(i + 2) % AWARDS.length]);
        }
        nominee.put("citation", "扎根%s岗位%d年，%s。".formatted(enterprise[3], yearsInTrade, FEATS[i % FEATS.length]))
                .put("mobile", "1398%07d".formatted(1_000_003L * (i + 1) % 10_000_000));
        body.putObject("enterprise")
                .put("name", enterprise[0])
                .put("creditCode", creditCode(i % ENTERPRISES.length))
                .put("contactName", "人力资源部" + SURNAMES[(i + 7) % SURNAMES.length] + "老师")
                .put("contactMobile", "1388%07d".formatted(2_000_029L * (i % ENTERPRISES.length + 1) % 10_000_000));
        body.putObject("consent").put("publishProfile", i != WITHOUT_CONSENT);
        return body;
    }

    public static String creditCode(int enterprise) {
        String first17 = "91" + ENTERPRISES[enterprise][2].substring(0, 4) + "00" + "MA6" + "%05d".formatted(1201 + enterprise * 37) + "C";
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static void window(ObjectNode window, Instant opens, Instant closes) {
        window.put("opensAt", opens.atZone(ZONE).toOffsetDateTime().toString());
        window.put("closesAt", closes.atZone(ZONE).toOffsetDateTime().toString());
    }

    private static void label(ArrayNode labels, String code, String zh, String en) {
        labels.addObject().put("code", code).putObject("name").put("zh", zh).put("en", en);
    }

    /** One run through the campaign's weeks. */
    private static final class Walk {

        private final ApiClient api;
        private final JwtAuthority authority;
        private final LocalClock clock;
        private final Instant votingOpens;
        private final String admin;
        private final String reviewer;
        private final String nominations = "/v1/campaigns/" + CAMPAIGN_ID + "/nominations";
        private final Map<String, String> expertTokens = new java.util.HashMap<>();

        Walk(ApiClient api, JwtAuthority authority, LocalClock clock, Instant votingOpens, String admin) {
            this.api = api;
            this.authority = authority;
            this.clock = clock;
            this.votingOpens = votingOpens;
            this.admin = admin;
            this.reviewer = authority.issue("demo-reviewer", List.of("reviewer"), TOKEN_LIFETIME);
        }

        void run() {
            at(Duration.ofDays(40).minus(Duration.ofHours(1)));
            api.expect(201, "POST", "/v1/admin/campaigns", configuration(votingOpens).toString(), admin);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < NOMINATIONS; i++) {
                ObjectNode body = nomination(i, votingOpens);
                String clerk = authority.issue("clerk-%02d".formatted(i % ENTERPRISES.length), List.of("enterprise"),
                        Map.of("creditCode", body.path("enterprise").path("creditCode").asText()), TOKEN_LIFETIME);
                ids.add(api.expect(201, "POST", nominations, body.toString(), clerk).path("nominationId").asText());
            }

            at(Duration.ofDays(29)); // 资格初审
            for (int i = 0; i < NOMINATIONS; i++) {
                if (i >= FIRST_DISQUALIFIED && i < WITHOUT_CONSENT) {
                    step(ids.get(i), "disqualify", reason(i == FIRST_DISQUALIFIED ? "从业年限证明材料不全。" : "所获荣誉未提供证书复印件。"));
                } else {
                    step(ids.get(i), "qualify", reason("材料齐全，符合申报条件。"));
                }
            }

            at(Duration.ofDays(28)); // 专家评审: three experts each, five for every fourth nominee (trimmed mean)
            Map<String, Double> expertScores = new LinkedHashMap<>();
            for (int i = 0; i < NOMINATIONS; i++) {
                if (i >= FIRST_DISQUALIFIED && i < WITHOUT_CONSENT) {
                    continue;
                }
                List<String> panel = new ArrayList<>();
                for (int e = 0; e < (i % 4 == 0 ? 5 : 3); e++) {
                    panel.add(EXPERTS[(i + e) % EXPERTS.length]);
                }
                ObjectNode assignment = JSON.createObjectNode();
                panel.forEach(assignment.putArray("experts")::add);
                api.expect(200, "PUT", nominations + "/" + ids.get(i) + "/experts", assignment.toString(), reviewer);
                for (int e = 0; e < panel.size(); e++) {
                    String expert = expertTokens.computeIfAbsent(panel.get(e), subject -> authority.issue(subject, List.of("expert"),
                            TOKEN_LIFETIME));
                    api.expect(200, "PUT", nominations + "/" + ids.get(i) + "/scores", scores(i, e).toString(), expert);
                }
            }
            for (JsonNode scored : api.expect(200, "GET", nominations + "?status=SCORED", null, reviewer).path("nominations")) {
                expertScores.put(scored.path("nominationId").asText(), scored.path("expertScore").asDouble());
            }

            at(Duration.ofDays(27)); // 联席会议: tiers by expert score
            step(ids.get(WITHOUT_CONSENT), "reject", reason("本人未同意公开个人事迹，不能进入公示。"));
            step(ids.get(LOWEST_SCORE), "reject", reason("专家评审得分未进入入围名额。"));
            List<String> shortlisted = expertScores.keySet().stream()
                    .filter(id -> !id.equals(ids.get(WITHOUT_CONSENT)) && !id.equals(ids.get(LOWEST_SCORE)))
                    .sorted(Comparator.comparing(expertScores::get).reversed()).toList();
            for (int rank = 0; rank < shortlisted.size(); rank++) {
                String tier = rank < 6 ? "gold" : rank < 16 ? "silver" : "bronze";
                step(shortlisted.get(rank), "shortlist", JSON.createObjectNode().put("tier", tier).put("reason", "联席会议审议通过。").toString());
            }

            at(Duration.ofDays(26)); // 媒体公示, five days
            shortlisted.forEach(id -> step(id, "open-notice", null));
            at(Duration.ofDays(25));
            String citizen = authority.issue("demo-citizen", List.of(), TOKEN_LIFETIME);
            String objected = ids.get(6);
            String objectionId = api.expect(201, "POST", "/v1/campaigns/" + CAMPAIGN_ID + "/notices/" + objected + "/objections",
                    JSON.createObjectNode().put("text", "公示材料中的获奖年份与我了解的不一致，请核实。").toString(), citizen)
                    .path("objectionId").asText();
            at(Duration.ofDays(24));
            api.expect(200, "POST", nominations + "/" + objected + "/objections/" + objectionId + "/resolution",
                    JSON.createObjectNode().put("decision", "dismiss").put("reason", "经核实，获奖证书年份无误。").toString(), reviewer);

            at(Duration.ofDays(20)); // the notice closed without an upheld objection
            shortlisted.stream().sorted().forEach(id -> step(id, "finalize", null));
        }

        private ObjectNode scores(int nominee, int expert) {
            int base = nominee == LOWEST_SCORE ? 58 : 72 + (nominee * 37) % 20;
            int leaning = (expert * 5) % 7 - 3;
            ObjectNode body = JSON.createObjectNode();
            ObjectNode scores = body.putObject("scores");
            for (int c = 0; c < CRITERIA.length; c++) {
                scores.put(CRITERIA[c], Math.max(0, Math.min(100, base + leaning + (c * 3 + nominee) % 5 - 2)));
            }
            return body;
        }

        private void step(String nominationId, String action, String body) {
            api.expect(200, "POST", nominations + "/" + nominationId + "/" + action, body, reviewer);
        }

        private static String reason(String text) {
            return JSON.createObjectNode().put("reason", text).toString();
        }

        /** Moves the functions' clock to {@code before} the vote opens. */
        private void at(Duration before) {
            clock.setOffset(Duration.between(Instant.now(), votingOpens.minus(before)));
        }
    }
}
