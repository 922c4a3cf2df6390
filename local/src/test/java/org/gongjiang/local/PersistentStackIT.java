package org.gongjiang.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.gongjiang.local.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --data-dir the stack keeps votes, counters and its secrets across a restart. */
class PersistentStackIT {

    private static final String VOTES = "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/votes";

    @TempDir
    Path data;

    private LocalStack start() throws Exception {
        LocalStack.Options ephemeral = LocalStack.Options.ephemeral();
        return LocalStack.start(new LocalStack.Options(0, Optional.of(data), 0, null, ephemeral.template(), true));
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
        try (LocalStack first = start()) {
            Http http = new Http(first.url());
            token = http.token("returning-voter");
            Http.Response vote = http.post(VOTES, "{\"candidateId\":\"N0003\"}", "Authorization", "Bearer " + token);
            assertEquals(201, vote.status(), vote.body());
            receipt = vote.json().path("receipt").asText();
            assertEquals(true, first.awaitStreamsIdle(Duration.ofSeconds(20)));
            assertEquals(1, votesFor(http, "N0003"), "counted before the stop");
        }
        assertEquals(true, Files.exists(data.resolve("local-secrets.properties")));

        try (LocalStack second = start()) {
            Http http = new Http(second.url());
            Http.Response again = http.post(VOTES, "{\"candidateId\":\"N0003\"}", "Authorization", "Bearer " + token);
            assertEquals(409, again.status(), "the same login is the same voter after a restart: " + again.body());
            assertEquals(receipt, again.json().path("receipt").asText());
            // the restarted mapping reads the stream from its start again: the checkpoint keeps it from recounting
            assertEquals(true, second.awaitStreamsIdle(Duration.ofSeconds(20)));
            assertEquals(1, votesFor(http, "N0003"));
            assertEquals(1, http.get("/v1/campaigns").json().path("campaigns").size(), "the demo is not seeded twice");
        }
    }
}
