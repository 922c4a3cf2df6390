package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.local.LocalDeployment;
import org.junit.jupiter.api.Test;

/** The local stack answers HTTP only once it is ready: whoever reaches it finds the demo's ballot filled. */
class ReadinessIT {

    @Test
    void nobodyReachesTheStackBeforeTheDemoCampaignsBallotIsFilled() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        LocalDeployment.Options options = new LocalDeployment.Options(port, Optional.empty(), 0, null,
                LocalDeployment.findTemplate(), true, false);
        CompletableFuture<LocalDeployment> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return LocalDeployment.start(options);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Http http = new Http("http://127.0.0.1:" + port);
        List<Integer> ballotsSeen = new ArrayList<>();
        int refused = 0;
        while (!starting.isDone() || ballotsSeen.isEmpty()) {
            try {
                Http.Response ballot = http.get("/v1/campaigns/sichuan-2026/candidates");
                ballotsSeen.add(ballot.status() == 200 ? ballot.json().path("candidates").size() : -ballot.status());
            } catch (AssertionError connectionRefused) {
                refused++;
                Thread.sleep(50);
            }
            if (starting.isCompletedExceptionally()) {
                starting.join();
            }
        }
        try (LocalDeployment stack = starting.join()) {
            assertTrue(refused > 0, "the port refused while the stack set itself up");
            assertFalse(ballotsSeen.isEmpty());
            ballotsSeen.forEach(seen -> assertEquals(32, seen, "every answer had the whole ballot: " + ballotsSeen));
            assertEquals(port, stack.port());
        }
    }
}
