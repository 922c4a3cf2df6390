package org.gongjiang.voting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a vote keeps of its origin: networks and clients as keyed hashes, the account as an age or a level. */
class VoteSignalsTest {

    private static final VoterHasher KEYS = VoterHasher.fromSecret("s".repeat(64));
    private static final Instant CAST_AT = Instant.parse("2026-11-21T04:00:00Z");

    private static VoteSignals of(String address, String agent, Map<String, String> claims, Optional<String> accountClaim) {
        return VoteSignals.of(new VoteSignals.Origin(Optional.ofNullable(address), Optional.ofNullable(agent), claims), accountClaim,
                KEYS, CAST_AT);
    }

    @Test
    void theNetworkIsTheIpv4Slash24OrTheIpv6Slash48() {
        assertEquals(Optional.of("203.0.113.0/24"), VoteSignals.networkOf("203.0.113.77"));
        assertEquals(Optional.of("203.0.113.0/24"), VoteSignals.networkOf("203.0.113.9:51544"));
        assertEquals(Optional.of("2001:db8:85a3::/48"), VoteSignals.networkOf("2001:db8:85a3:8d3:1319:8a2e:370:7348"));
        assertEquals(Optional.of("2001:db8:85a3::/48"), VoteSignals.networkOf("[2001:db8:85a3::1]:443"));
        assertEquals(Optional.empty(), VoteSignals.networkOf("example.com"), "never a name lookup");
        assertEquals(Optional.empty(), VoteSignals.networkOf(""));
    }

    @Test
    void addressesOfOneNetworkShareAHashThatShowsNeitherTheAddressNorTheAgent() {
        VoteSignals first = of("203.0.113.77", "Mozilla/5.0 MicroMessenger/8.0", Map.of(), Optional.empty());
        VoteSignals neighbour = of("203.0.113.12", "Mozilla/5.0 MicroMessenger/8.0", Map.of(), Optional.empty());
        VoteSignals elsewhere = of("198.51.100.7", "Mozilla/5.0 MicroMessenger/8.0", Map.of(), Optional.empty());
        assertEquals(first.network(), neighbour.network());
        assertNotEquals(first.network(), elsewhere.network());
        assertEquals(first.client(), elsewhere.client());
        assertEquals(8, first.network().length());
        assertFalse(first.encoded().contains("203") || first.encoded().contains("Mozilla"), first.encoded());
        VoteSignals otherKey = VoteSignals.of(new VoteSignals.Origin(Optional.of("203.0.113.77"), Optional.empty(), Map.of()),
                Optional.empty(), VoterHasher.fromSecret("t".repeat(64)), CAST_AT);
        assertNotEquals(first.network(), otherKey.network(), "useless without the key");
    }

    @Test
    void theCampaignsAccountClaimGivesTheAccountsAgeOrItsVerificationLevel() {
        long threeDaysBefore = CAST_AT.minusSeconds(3 * 86_400 + 5).getEpochSecond();
        assertEquals("d3", of(null, null, Map.of("created", Long.toString(threeDaysBefore)), Optional.of("created")).account());
        assertEquals("d3", of(null, null, Map.of("created", Long.toString(threeDaysBefore * 1000)), Optional.of("created")).account());
        assertEquals("d400", of(null, null, Map.of("created", "2025-10-17T12:00:00+08:00"), Optional.of("created")).account());
        assertEquals("lunverified", of(null, null, Map.of("level", "Unverified"), Optional.of("level")).account());
        assertEquals(Optional.of(3), of(null, null, Map.of("created", Long.toString(threeDaysBefore)), Optional.of("created")).accountAgeDays());
    }

    @Test
    void withoutTheClaimTheLoginsAgeIsKeptAsTheWeakerSessionSignal() {
        long hourBefore = CAST_AT.minusSeconds(3600).getEpochSecond();
        VoteSignals session = of(null, null, Map.of("auth_time", Long.toString(hourBefore), "iat", "1"), Optional.of("created"));
        assertEquals("s0", session.account());
        assertEquals(Optional.empty(), session.accountAgeDays(), "a fresh login is not a fresh account");
        assertEquals("-", of(null, null, Map.of(), Optional.empty()).account());
    }

    @Test
    void unknownOriginsAreKeptAsUnknownAndEverySignalRoundTripsThroughTheBallot() {
        VoteSignals none = of(null, " ", Map.of(), Optional.empty());
        assertEquals(VoteSignals.NONE, none);
        VoteSignals some = of("203.0.113.77", "agent", Map.of("level", "l2"), Optional.of("level"));
        assertEquals(Optional.of(some), VoteSignals.decode(some.encoded()));
        assertTrue(VoteSignals.decode("not.signals").isEmpty());
    }

    @Test
    void malformedSignalsAreRefusedWithoutRepeatingThemForTheLog() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new VoteSignals("LXLNEO2s", "203.0.113.77", "-"));
        assertFalse(refused.getMessage().contains("LXLNEO2s"), refused.getMessage());
        assertFalse(refused.getMessage().contains("203.0.113.77"), refused.getMessage());
    }
}
