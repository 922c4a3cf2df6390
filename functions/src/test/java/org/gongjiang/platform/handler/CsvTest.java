package org.gongjiang.platform.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest(name = "neutralised: {0}")
    @ValueSource(strings = {"=1+1", "@SUM(A1)", "+1", "-1", "=HYPERLINK(\"http://x\",\"点我\")", "\t=1+1", "\r=1+1",
            "-2+3+cmd|' /C calc'!A0", "=cmd|' /C notepad'!'A1'"})
    void aTextCellThatASpreadsheetWouldRunIsQuotedWithASingleQuoteBeforeIt(String text) {
        assertTrue(Csv.startsAFormula(text));
        assertEquals("\"'" + text.replace("\"", "\"\"") + "\"", Csv.cell(text));
    }

    @ParameterizedTest(name = "as it is: {0}")
    @ValueSource(strings = {"王建国", "N0001", "510100", "2026-11-21", "under-25", "a=b", "C++ 工程师", " =1+1", "'quoted"})
    void otherTextIsWrittenAsItIs(String text) {
        assertFalse(Csv.startsAFormula(text));
        assertEquals(text, Csv.cell(text));
    }

    @Test
    void numbersStayNumbersEvenWhenNegativeAndBooleansStayBooleans() {
        assertEquals("-1", Csv.cell(-1));
        assertEquals("-2", Csv.cell(-2L));
        assertEquals("-0.25", Csv.cell(-0.25));
        assertEquals("-3.5", Csv.cell(new BigDecimal("-3.5")));
        assertEquals("true", Csv.cell(true));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void rfc4180QuotingStillAppliesAndANeutralisedCellKeepsItsQuotesDoubled() {
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
        assertEquals("\"'=A1,\"\"x\"\"\"", Csv.cell("=A1,\"x\""));
    }

    @Test
    void aDocumentHasTheByteOrderMarkAHeaderAndCrlfLinesWithEveryCellThroughTheSameRule() {
        String csv = Csv.document(List.of("name", "votes"), List.of(Arrays.asList("=1+1", -1), Arrays.asList("王建国", null)));
        assertEquals("\uFEFFname,votes\r\n\"'=1+1\",-1\r\n王建国,\r\n", csv);
    }
}
