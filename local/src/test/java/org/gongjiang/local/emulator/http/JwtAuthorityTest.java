package org.gongjiang.local.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gongjiang.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The local JWT authorizer: a token's signature is checked once, everything else on every request. */
class JwtAuthorityTest {

    private static final KeyPair KEYS = JwtAuthority.newKeys();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final JwtAuthority authority = new JwtAuthority(KEYS, "k1", "https://login.local/", List.of("gongjiang"), clock);

    @Test
    void aTokenVerifiedBeforeIsStillRefusedOnceItHasExpired() {
        String token = authority.issue("voter-1", List.of(), Duration.ofSeconds(60));
        assertTrue(authority.verify("Bearer " + token).accepted());
        assertTrue(authority.verify("Bearer " + token).accepted(), "the same token again");

        clock.advance(Duration.ofSeconds(61));

        JwtAuthority.Verification expired = authority.verify("Bearer " + token);
        assertFalse(expired.accepted());
        assertEquals("the token has expired", expired.refusal().orElseThrow().en());
    }

    @Test
    void aKnownTokensClaimsUnderAnotherTokensSignatureAreRefused() {
        String first = authority.issue("voter-1", List.of(), Duration.ofMinutes(5));
        String second = authority.issue("voter-2", List.of("admin"), Duration.ofMinutes(5));
        assertTrue(authority.verify("Bearer " + first).accepted());
        assertTrue(authority.verify("Bearer " + second).accepted());
        String[] a = first.split("\\.");
        String[] b = second.split("\\.");

        JwtAuthority.Verification forged = authority.verify("Bearer " + a[0] + "." + b[1] + "." + a[2]);

        assertFalse(forged.accepted());
        assertEquals("bad signature", forged.refusal().orElseThrow().en());
    }
}
