package org.gongjiang.platform.handler;

import java.util.List;

/**
 * The one CSV writer of the API: RFC 4180 with a UTF-8 byte order mark (so that Excel opens the
 * Chinese intact), and no cell that a spreadsheet would run as a formula.
 *
 * <p>Journalists open these files in Excel, LibreOffice or WPS, which take a cell beginning with
 * {@code =}, {@code +}, {@code -} or {@code @} (and, in some versions, a tab or carriage return before
 * one) as a formula: a nominee's name, an enterprise's, a label or an auditor's reason such as
 * {@code =HYPERLINK("http://...")} would run on the reader's machine. A text cell beginning with one of
 * these characters is therefore written quoted with a single quote before it (OWASP's "CSV injection"
 * advice): a spreadsheet shows it as text, and a program reading the CSV sees the quote. Numbers
 * ({@link Number} cells) and booleans are written as they are, so a negative figure stays a number;
 * only text is neutralised, and the schema of every file says which columns are text.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** A whole file: the byte order mark, a header row and the rows, each line ended by CRLF. */
    public static String document(List<String> header, List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.copyOf(header));
        for (List<Object> row : rows) {
            line(csv, row);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One cell as written: empty for null, a number or boolean as it is, text quoted when it must be and neutralised. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        String text = String.valueOf(value);
        if (startsAFormula(text)) {
            return '"' + ("'" + text).replace("\"", "\"\"") + '"';
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** Whether a spreadsheet would take a text cell beginning so as a formula. */
    public static boolean startsAFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
