package org.gongjiang.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongjiang.local.client.ApiClient;
import org.gongjiang.local.emulator.http.JwtAuthority;
import org.gongjiang.local.emulator.lambda.LocalClock;

/**
 * The demo's closed earlier edition, 第四届“四川工匠”评选（演示）: its vote ran through November 2025 and is
 * over, so that the pages of a finished campaign (winners, final figures, the frozen statistics) have
 * something to show. Made like the current edition, through the stack's HTTP routes while the functions'
 * clock is moved through its weeks: twelve nominees, one disqualified at 资格初审 and one not shortlisted;
 * ten finalists; 100 voters cast about 200 votes over the month, and a farm of 25 accounts votes for one
 * finalist within an hour; an auditor voids the farm's votes by their voter ids; the statistics are
 * frozen after the close, as the 10-minute schedule does; then the review office names eight winners in
 * the three tiers by the ranking. Kept small: it runs on every start of the local stack.
 */
final class DemoClosedEdition {

    static final String CAMPAIGN_ID = "sichuan-2025";
    static final int NOMINATIONS = 12;
    static final int VOTERS = 100;
    static final int FARM = 25;

    /** Opens at midnight of 1 November 2025 in Sichuan; 30 days of voting, so it closed at midnight of 1 December. */
    static final Instant VOTING_OPENS = OffsetDateTime.parse("2025-11-01T00:00:00+08:00").toInstant();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final String[] MEN = {"永福", "国强", "文军", "建华", "志刚", "光明", "卫东", "金山"};
    private static final String[] WOMEN = {"素芬", "凤英", "晓梅", "慧敏", "雪莲", "翠萍", "美华", "丽娟"};
    private static final String[] SURNAMES = {"秦", "尹", "袁", "程", "傅", "沈", "姚", "卢", "钟", "汪", "田", "任"};
    private static final String[] EXPERTS = {"expert-01", "expert-02", "expert-03", "expert-04", "expert-05"};
    private static final String[] CRITERIA = {"craftExpertise", "superbSkill", "leadingRole", "outstandingContribution"};
    /** Nominee 10 is disqualified at 资格初审; nominee 11 scores lowest and is not shortlisted. */
    private static final int DISQUALIFIED = 10;
    private static final int LOWEST_SCORE = 11;
    /** Winners by their place in the final ranking: two gold, three silver, three bronze; two finalists are not named. */
    private static final String[] TIERS = {"gold", "gold", "silver", "silver", "silver", "bronze", "bronze", "bronze"};

    private final ApiClient api;
    private final JwtAuthority authority;
    private final LocalClock clock;
    private final DemoCampaign.Stack stack;
    private final String admin;
    private final String reviewer;
    private final String base = "/v1/campaigns/" + CAMPAIGN_ID;
    private final java.util.Map<String, String> expertTokens = new java.util.HashMap<>();

    DemoClosedEdition(ApiClient api, JwtAuthority authority, LocalClock clock, DemoCampaign.Stack stack, String admin) {
        this.api = api;
        this.authority = authority;
        this.clock = clock;
        this.stack = stack;
        this.admin = admin;
        this.reviewer = authority.issue("demo-reviewer", List.of("reviewer"), TOKEN_LIFETIME);
    }

    static boolean exists(ApiClient api, String admin) {
        return api.send("GET", "/v1/admin/campaigns/" + CAMPAIGN_ID, null, admin).status() == 200;
    }

    /** The configuration: that of the current edition, a year earlier, with its own id and name. */
    static ObjectNode configuration() {
        ObjectNode campaign = DemoCampaign.configuration(VOTING_OPENS).put("campaignId", CAMPAIGN_ID);
        campaign.putObject("name").put("zh", "第四届“四川工匠”评选（演示）").put("en", "4th Sichuan Craftsmen selection (demo)");
        // the personal data of a closed edition outlives its vote by the retention period; two years keep the demo's
        return campaign.put("retentionDays", 730);
    }

    /** Nominee {@code i} of the closed edition: the current edition's nominee {@code i}, a year earlier, under another name. */
    static ObjectNode nomination(int i) {
        ObjectNode body = DemoCampaign.nomination(i, VOTING_OPENS);
        ObjectNode nominee = (ObjectNode) body.path("nominee");
        String given = ("F".equals(nominee.path("sex").asText()) ? WOMEN : MEN)[(i * 3) % 8];
        nominee.put("name", SURNAMES[i] + given);
        return body;
    }

    /** From the campaign's creation to the auditor's void: everything before its vote closes. */
    void untilTheClose() throws InterruptedException {
        at(VOTING_OPENS.minus(Duration.ofDays(40)).plus(Duration.ofHours(1)));
        api.expect(201, "POST", "/v1/admin/campaigns", configuration().toString(), admin);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < NOMINATIONS; i++) {
            ObjectNode body = nomination(i);
            String clerk = authority.issue("clerk-%02d".formatted(i), List.of("enterprise"),
                    java.util.Map.of("creditCode", body.path("enterprise").path("creditCode").asText()), TOKEN_LIFETIME);
            ids.add(api.expect(201, "POST", base + "/nominations", body.toString(), clerk).path("nominationId").asText());
        }

        at(VOTING_OPENS.minus(Duration.ofDays(29))); // 资格初审, 专家评审
        List<String> shortlisted = new ArrayList<>();
        for (int i = 0; i < NOMINATIONS; i++) {
            if (i == DISQUALIFIED) {
                step(ids.get(i), "disqualify", reason("推荐材料中的从业年限与劳动合同不符。"));
                continue;
            }
            step(ids.get(i), "qualify", reason("材料齐全，符合申报条件。"));
            ObjectNode panel = JSON.createObjectNode();
            ArrayNode experts = panel.putArray("experts");
            for (int e = 0; e < 3; e++) {
                experts.add(EXPERTS[(i + e) % EXPERTS.length]);
            }
            api.expect(200, "PUT", base + "/nominations/" + ids.get(i) + "/experts", panel.toString(), reviewer);
            for (int e = 0; e < 3; e++) {
                String expert = experts.get(e).asText();
                api.expect(200, "PUT", base + "/nominations/" + ids.get(i) + "/scores", scores(i, e).toString(),
                        expertTokens.computeIfAbsent(expert, subject -> authority.issue(subject, List.of("expert"), TOKEN_LIFETIME)));
            }
            if (i != LOWEST_SCORE) {
                shortlisted.add(ids.get(i));
            }
        }

        at(VOTING_OPENS.minus(Duration.ofDays(27))); // 联席会议, then five days of 媒体公示
        step(ids.get(LOWEST_SCORE), "reject", reason("专家评审得分未进入入围名额。"));
        for (int rank = 0; rank < shortlisted.size(); rank++) {
            step(shortlisted.get(rank), "shortlist", JSON.createObjectNode().put("tier", rank < 3 ? "gold" : rank < 6 ? "silver" : "bronze")
                    .put("reason", "联席会议审议通过。").toString());
            step(shortlisted.get(rank), "open-notice", null);
        }
        at(VOTING_OPENS.minus(Duration.ofDays(20)));
        shortlisted.forEach(id -> step(id, "finalize", null));

        vote(shortlisted);
        voidTheFarm(shortlisted.get(FARMED));
    }

    /**
     * After the close: the statistics frozen as the schedule does once the settle time has passed, then the
     * winners named. Apart from {@link #untilTheClose} so that the counting of the votes can go on meanwhile
     * (the demo walks the current edition in between) instead of being waited for.
     */
    void afterTheClose() throws InterruptedException {
        Instant closes = VOTING_OPENS.plus(Duration.ofDays(30));
        at(closes.plus(Duration.ofMinutes(20)));
        stack.awaitCounted();
        api.expect(200, "POST", "/local/invoke/TakeStatsSnapshotsFunction", "{}", null);

        at(closes.plus(Duration.ofDays(4))); // 命名, by the final ranking (expert score and vote combined)
        JsonNode ranking = api.expect(200, "GET", base + "/ranking", null, reviewer).path("finalists");
        for (int place = 0; place < TIERS.length; place++) {
            step(ranking.get(place).path("nominationId").asText(), "name",
                    JSON.createObjectNode().put("tier", TIERS[place]).put("reason", "综合专家评审和大众投票结果，经联席会议审定。").toString());
        }
    }

    /** The finalist (by place on the shortlist) a farm of accounts votes for. */
    private static final int FARMED = 4;
    /** When the farm votes: an hour of the night of 14 November 2025. */
    private static final Instant FARM_VOTES_AT = OffsetDateTime.parse("2025-11-14T02:10:00+08:00").toInstant();

    /**
     * The public vote: voter {@code v} votes on day {@code v % 20} for one to three finalists, the
     * popular ones more often; the farm's 25 accounts vote for one finalist within the hour. Each day's
     * votes go out four at a time.
     */
    private void vote(List<String> finalists) throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            for (int day = 0; day < 20; day++) {
                at(VOTING_OPENS.plus(Duration.ofDays(day)).plus(Duration.ofHours(9 + day % 10)));
                List<Future<?>> sent = new ArrayList<>();
                for (int v = day; v < VOTERS; v += 20) {
                    int voter = v;
                    sent.add(senders.submit(() -> {
                        String token = authority.issue("demo-2025-voter-%03d".formatted(voter), List.of(), TOKEN_LIFETIME);
                        for (int choice = 0; choice <= voter % 3; choice++) {
                            // squaring the draw favours the first finalists: a skewed popularity, as in a real vote
                            double draw = ((voter * 37 + choice * 11) % 100) / 100.0;
                            String candidate = finalists.get((int) (draw * draw * finalists.size() + choice) % finalists.size());
                            int status = api.send("POST", base + "/votes", JSON.createObjectNode().put("candidateId", candidate)
                                    .toString(), token).status();
                            if (status != 201 && status != 409) { // 409: two draws fell on the same finalist
                                throw new IllegalStateException("a demo vote answered " + status);
                            }
                        }
                        return null;
                    }));
                }
                await(sent);
                if (day == 13) {
                    at(FARM_VOTES_AT);
                    List<Future<?>> farm = new ArrayList<>();
                    for (int f = 0; f < FARM; f++) {
                        String token = authority.issue("demo-2025-farm-%02d".formatted(f), List.of(), TOKEN_LIFETIME);
                        farm.add(senders.submit(() -> api.expect(201, "POST", base + "/votes",
                                JSON.createObjectNode().put("candidateId", finalists.get(FARMED)).toString(), token)));
                    }
                    await(farm);
                }
            }
        } finally {
            senders.shutdownNow();
        }
    }

    /** An auditor, having found the farm, voids its votes by the accounts' pseudonymous voter ids. */
    private void voidTheFarm(String candidateId) {
        at(FARM_VOTES_AT.plus(Duration.ofDays(2)));
        ObjectNode request = JSON.createObjectNode().put("candidateId", candidateId);
        ArrayNode voters = request.putArray("voters");
        for (int f = 0; f < FARM; f++) {
            voters.add(stack.voterIdOf("demo-2025-farm-%02d".formatted(f)));
        }
        request.put("from", FARM_VOTES_AT.minus(Duration.ofMinutes(10)).toString())
                .put("to", FARM_VOTES_AT.plus(Duration.ofMinutes(50)).toString())
                .put("reason", "25个账号于凌晨同一小时内集中为同一名候选人投票，经核查为组织刷票，予以作废。");
        String auditor = authority.issue("demo-auditor", List.of("auditor"), TOKEN_LIFETIME);
        api.expect(201, "POST", base + "/integrity/voids", request.toString(), auditor);
    }

    private static void await(List<Future<?>> sent) throws InterruptedException {
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a demo vote failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static ObjectNode scores(int nominee, int expert) {
        int base = nominee == LOWEST_SCORE ? 60 : 74 + (nominee * 29) % 18;
        ObjectNode body = JSON.createObjectNode();
        ObjectNode scores = body.putObject("scores");
        for (int c = 0; c < CRITERIA.length; c++) {
            scores.put(CRITERIA[c], Math.max(0, Math.min(100, base + (expert * 5) % 7 - 3 + (c * 3 + nominee) % 5 - 2)));
        }
        return body;
    }

    private void step(String nominationId, String action, String body) {
        api.expect(200, "POST", base + "/nominations/" + nominationId + "/" + action, body, reviewer);
    }

    private static String reason(String text) {
        return JSON.createObjectNode().put("reason", text).toString();
    }

    /** Moves the functions' clock to {@code moment}. */
    private void at(Instant moment) {
        clock.setOffset(Duration.between(Instant.now(), moment));
    }
}
