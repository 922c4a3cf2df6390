package org.gongjiang.voting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongjiang.platform.model.UnauthenticatedException;
import org.junit.jupiter.api.Test;

class VoterHasherTest {

    private static final String KEY = "k".repeat(64);
    private final VoterHasher hasher = VoterHasher.fromSecret(KEY);

    @Test
    void theVoterIsTheFirst128BitsOfTheHmacSha256OfIssuerAndSubjectUnderTheKey() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.util.Arrays.copyOf(
                        mac.doFinal("https://login.example/\nwx-123".getBytes(StandardCharsets.UTF_8)), 16));
        assertEquals(expected, hasher.voterFor("https://login.example/", "wx-123").hash());
    }

    @Test
    void theSameLoginIsAlwaysTheSameVoterAndTheHashHidesTheSubject() {
        VoterId first = hasher.voterFor("https://login.example/", "wx-123");
        assertEquals(first, hasher.voterFor("https://login.example/", "wx-123"));
        assertFalse(first.hash().contains("wx-123"));
        assertFalse(first.toString().contains(first.hash()));
    }

    @Test
    void theSameSubjectAtAnotherIssuerOrUnderAnotherKeyIsAnotherVoter() {
        VoterId voter = hasher.voterFor("https://login.example/", "wx-123");
        assertNotEquals(voter, hasher.voterFor("https://other.example/", "wx-123"));
        assertNotEquals(voter, VoterHasher.fromSecret("j".repeat(64)).voterFor("https://login.example/", "wx-123"));
    }

    @Test
    void aMissingSubjectOrIssuerIsRefusedAsUnauthenticated() {
        assertThrows(UnauthenticatedException.class, () -> hasher.voterFor("https://login.example/", null));
        assertThrows(UnauthenticatedException.class, () -> hasher.voterFor("https://login.example/", " "));
        assertThrows(UnauthenticatedException.class, () -> hasher.voterFor(null, "wx-123"));
    }

    @Test
    void aShortKeyIsRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> VoterHasher.fromSecret("short"));
        assertThrows(IllegalArgumentException.class, () -> VoterHasher.fromSecret(null));
    }
}
