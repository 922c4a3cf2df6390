package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.local.emulator.stream.StreamEventSourceMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --data-dir the stack keeps votes, counters, its secrets and its stream positions across a restart. */
class PersistentDeploymentIT {

    private static final String VOTES = "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/votes";

    @TempDir
    Path data;

    private LocalDeployment start() throws Exception {
        LocalDeployment.Options ephemeral = LocalDeployment.Options.ephemeral();
        return LocalDeployment.start(new LocalDeployment.Options(0, Optional.of(data), 0, null, ephemeral.template(), true, false));
    }

    private static long votesFor(Http http, String candidateId) {
        for (var line : http.get("/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/stats/votes").json().path("candidates")) {
            if (line.path("candidateId").asText().equals(candidateId)) {
                return line.path("votes").asLong();
            }
        }
        throw new AssertionError("no " + candidateId);
    }

    @Test
    void aRestartedStackKeepsVotesCountsAndVoters() throws Exception {
        String token;
        String receipt;
        try (LocalDeployment first = start()) {
            Http http = new Http(first.url());
            token = http.token("returning-voter");
            Http.Response vote = http.post(VOTES, "{\"candidateId\":\"N0003\"}", "Authorization", "Bearer " + token);
            assertEquals(201, vote.status(), vote.body());
            receipt = vote.json().path("receipt").asText();
            assertEquals(true, first.awaitStreamsIdle(Duration.ofSeconds(20)));
            assertEquals(1, votesFor(http, "N0003"), "counted before the stop");
        }
        assertEquals(true, Files.exists(data.resolve("local-secrets.properties")));

        try (LocalDeployment second = start()) {
            Http http = new Http(second.url());
            Http.Response again = http.post(VOTES, "{\"candidateId\":\"N0003\"}", "Authorization", "Bearer " + token);
            assertEquals(409, again.status(), "the same login is the same voter after a restart: " + again.body());
            assertEquals(receipt, again.json().path("receipt").asText());
            assertEquals(true, second.awaitStreamsIdle(Duration.ofSeconds(20)));
            assertEquals(1, votesFor(http, "N0003"));
            // each mapping goes on from the position it kept in --data-dir, as Lambda keeps a mapping's
            // position: nothing already delivered before the stop is read and delivered again
            for (StreamEventSourceMapping stream : second.streams()) {
                assertEquals(0L, stream.stats().get("recordsCheckpointed"), stream.stats().toString());
                assertEquals(0L, stream.stats().get("invocations"), stream.stats().toString());
            }
            assertEquals(true, Files.exists(data.resolve("streams").resolve("AggregateVotesFunction.json")));
            assertEquals(2, http.get("/v1/campaigns").json().path("campaigns").size(),
                    "the demo (the open edition and the closed one) is not seeded twice");
            assertEquals(8, http.get("/v1/campaigns/" + DemoCampaign.CLOSED_CAMPAIGN_ID + "/winners").json().path("winnersNamed").asInt(),
                    "the closed edition is kept as it was");
        }
    }
}
