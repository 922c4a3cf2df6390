package org.gongjiang.voting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptsTest {

    private final VoterHasher keys = VoterHasher.fromSecret("k".repeat(64));
    private final Receipts receipts = keys.receipts();
    private final VoterId voter = keys.voterFor("https://login.example/", "wx-1");
    private final Instant castAt = Instant.parse("2026-11-21T08:15:30.123Z");

    @Test
    void aReceiptOpensToTheVoteItSealsTheVoterItsTimeAndItsNonce() {
        String receipt = receipts.issue("sichuan-2026", voter, castAt, 4242);
        assertEquals(Receipts.LENGTH, receipt.length());
        assertTrue(receipt.matches("[0-9A-HJKMNP-TV-Z]+"), "Crockford base 32: " + receipt);
        assertEquals(Optional.of(new Receipts.Locator(castAt, 4242, voter)), receipts.open("sichuan-2026", receipt));
        assertEquals(receipts.open("sichuan-2026", receipt), receipts.open("sichuan-2026", receipt.toLowerCase()),
                "typed in lower case, it opens the same");
    }

    @Test
    void theSameVoteAlwaysHasTheSameReceiptAndReceiptsOfOneVoterLookUnrelated() {
        assertEquals(receipts.issue("sichuan-2026", voter, castAt, 1), receipts.issue("sichuan-2026", voter, castAt, 1));
        Set<String> seen = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int nonce = 0; nonce < 2_000; nonce++) {
            String receipt = receipts.issue("sichuan-2026", voter, castAt, nonce);
            assertTrue(seen.add(receipt));
            prefixes.add(receipt.substring(0, 4));
        }
        assertTrue(prefixes.size() > 1_500, "no common part tells a voter's receipts apart: " + prefixes.size());
    }

    @Test
    void aForgedAlteredOrForeignReceiptDoesNotOpen() {
        String receipt = receipts.issue("sichuan-2026", voter, castAt, 7);
        assertEquals(Optional.empty(), receipts.open("another-campaign", receipt), "another campaign's");
        for (int i = 0; i < receipt.length(); i++) {
            char other = receipt.charAt(i) == 'A' ? 'B' : 'A';
            String altered = receipt.substring(0, i) + other + receipt.substring(i + 1);
            assertEquals(Optional.empty(), receipts.open("sichuan-2026", altered), "one character changed at " + i);
        }
        assertEquals(Optional.empty(), receipts.open("sichuan-2026", receipt.substring(1)));
        assertEquals(Optional.empty(), receipts.open("sichuan-2026", "01M7YCMA6J0YFN14Q826S0Q2PQ"), "an old-style ULID");
        assertEquals(Optional.empty(), receipts.open("sichuan-2026", null));
        VoterHasher otherKeys = VoterHasher.fromSecret("j".repeat(64));
        assertEquals(Optional.empty(), otherKeys.receipts().open("sichuan-2026", receipt), "sealed under another key");
        assertNotEquals(receipt, otherKeys.receipts().issue("sichuan-2026", voter, castAt, 7));
    }
}
