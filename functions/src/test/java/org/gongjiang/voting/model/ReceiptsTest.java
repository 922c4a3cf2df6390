package org.gongjiang.voting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptsTest {

    private final Receipts receipts = new Receipts();

    @Test
    void aReceiptCarriesTheMillisecondItWasCastAt() {
        Instant castAt = Instant.parse("2026-11-21T08:15:30.123Z");
        String receipt = receipts.issue(castAt);
        assertEquals(26, receipt.length());
        assertTrue(Receipts.isReceipt(receipt));
        assertEquals(castAt, Receipts.castAtOf(receipt));
    }

    @Test
    void receiptsOfTheSameMillisecondDiffer() {
        Instant castAt = Instant.parse("2026-11-21T08:15:30.123Z");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(receipts.issue(castAt)));
        }
    }

    @Test
    void receiptsSortByTime() {
        String earlier = receipts.issue(Instant.parse("2026-11-21T08:15:30.123Z"));
        String later = receipts.issue(Instant.parse("2026-11-21T08:15:30.124Z"));
        assertTrue(earlier.compareTo(later) < 0);
    }

    @Test
    void onlyWellFormedReceiptsAreRecognised() {
        assertFalse(Receipts.isReceipt(null));
        assertFalse(Receipts.isReceipt("01M7YCMA6J0YFN14Q826S0Q2P"));
        assertFalse(Receipts.isReceipt("01M7YCMA6J0YFN14Q826S0Q2PQX"));
        assertFalse(Receipts.isReceipt("01M7YCMA6J0YFN14Q826S0Q2PU"));
        assertFalse(Receipts.isReceipt("81M7YCMA6J0YFN14Q826S0Q2PQ"));
        assertThrows(IllegalArgumentException.class, () -> Receipts.castAtOf("not-a-receipt"));
    }
}
