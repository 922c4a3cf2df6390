package org.gongjiang.local;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.gongjiang.domain.Campaign;
import org.gongjiang.domain.Candidate;
import org.gongjiang.domain.Category;
import org.gongjiang.domain.Criterion;
import org.gongjiang.domain.Label;
import org.gongjiang.domain.LocalizedText;
import org.gongjiang.domain.RankingWeights;
import org.gongjiang.domain.VoteRules;
import org.gongjiang.domain.TimeWindow;
import org.gongjiang.store.CampaignStore;
import org.gongjiang.store.CandidateStore;

/**
 * The demo campaign of the local stack: a provincial selection modelled on 四川工匠 (six leading
 * industries, prefecture-level regions, a public vote in Asia/Shanghai time) with 32 fictional
 * finalists. Its voting window opens when the stack starts.
 */
public final class DemoCampaign {

    public static final String CAMPAIGN_ID = "sichuan-2026";
    public static final int PER_VOTER_PER_DAY = 10;

    private static final List<Label> INDUSTRIES = List.of(
            Label.of("electronics", "电子信息", "Electronics and information"),
            Label.of("equipment", "装备制造", "Equipment manufacturing"),
            Label.of("food-textiles", "食品轻纺", "Food and light textiles"),
            Label.of("energy-chemicals", "能源化工", "Energy and chemicals"),
            Label.of("materials", "先进材料", "Advanced materials"),
            Label.of("medicine", "医药健康", "Medicine and health"));
    private static final List<Category> CATEGORIES = List.of(
            new Category("craftsman", LocalizedText.of("四川工匠", "Sichuan craftsman"), new Category.Eligibility(20, 30, 76, false, false)),
            new Category("young", LocalizedText.of("青年工匠", "Young craftsman"), new Category.Eligibility(5, 18, 35, false, false)));
    private static final List<Label> TIERS = List.of(
            Label.of("gold", "金牌工匠", "Gold"), Label.of("silver", "银牌工匠", "Silver"), Label.of("bronze", "铜牌工匠", "Bronze"));
    private static final String[][] REGIONS = {
            {"510100", "成都市"}, {"510300", "自贡市"}, {"510400", "攀枝花市"}, {"510500", "泸州市"},
            {"510600", "德阳市"}, {"510700", "绵阳市"}, {"511100", "乐山市"}, {"511300", "南充市"},
            {"511500", "宜宾市"}, {"511800", "雅安市"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
            "彭", "曾"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "丽华", "海峰", "玉兰", "国庆", "桂芳", "德明",
            "春燕", "永红", "晓东", "立新", "淑珍", "明亮", "红梅"};
    private static final String[][] ENTERPRISES = {
            {"electronics", "成都锦城微电子有限公司"}, {"electronics", "绵阳九州光电科技有限公司"},
            {"equipment", "德阳重型装备制造有限公司"}, {"equipment", "自贡川南锅炉有限公司"},
            {"food-textiles", "宜宾五粮酒业酿造有限公司"}, {"food-textiles", "南充丝绸织造有限公司"},
            {"energy-chemicals", "泸州天然气化工有限公司"}, {"energy-chemicals", "攀枝花钒钛化工有限公司"},
            {"materials", "攀枝花新材料科技有限公司"}, {"materials", "乐山多晶硅材料有限公司"},
            {"medicine", "雅安川药制药有限公司"}, {"medicine", "成都蜀康生物医药有限公司"}};

    private DemoCampaign() {
    }

    public static Campaign campaign(Instant opensAt) {
        Instant opens = opensAt.truncatedTo(ChronoUnit.MINUTES);
        return new Campaign(CAMPAIGN_ID,
                LocalizedText.of("第五届“四川工匠”评选（演示）", "5th Sichuan Craftsmen selection (demo)"),
                ZoneId.of("Asia/Shanghai"),
                new TimeWindow(opens.minus(Duration.ofDays(40)), opens.minus(Duration.ofDays(30))),
                Duration.ofDays(5),
                new TimeWindow(opens, opens.plus(Duration.ofDays(30))),
                new VoteRules(PER_VOTER_PER_DAY, 1),
                CATEGORIES, INDUSTRIES, TIERS, Criterion.STANDARDS, new RankingWeights(0.7, 0.3), 3, 5, 180, 1);
    }

    public static List<Candidate> finalists() {
        List<Candidate> finalists = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String[] enterprise = ENTERPRISES[i % ENTERPRISES.length];
            String[] region = REGIONS[(i * 7) % REGIONS.length];
            String name = SURNAMES[i] + GIVEN[(i * 5) % GIVEN.length];
            String category = i % 4 == 3 ? "young" : "craftsman";
            finalists.add(new Candidate(CAMPAIGN_ID, "sc-%03d".formatted(i + 1), name, enterprise[1], enterprise[0],
                    region[0], region[1], category));
        }
        return finalists;
    }

    /** Writes the demo campaign and its finalists unless the campaign already exists (kept data). */
    public static boolean seed(CampaignStore campaigns, CandidateStore candidates, Instant now) {
        if (campaigns.find(CAMPAIGN_ID).isPresent()) {
            return false;
        }
        campaigns.create(campaign(now.minus(Duration.ofMinutes(1))));
        finalists().forEach(candidates::save);
        return true;
    }
}
