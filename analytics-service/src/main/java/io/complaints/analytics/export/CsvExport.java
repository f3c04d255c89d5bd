package io.complaints.analytics.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;

import io.complaints.analytics.ledger.LedgerView;

/**
 * The ledger as CSV (RFC 4180), UTF-8 with a byte order mark so that Excel shows Chinese text
 * right. A text that a spreadsheet would take for a formula (starting with {@code = + - @}) is
 * written with a leading apostrophe, so that opening an export never runs anything.
 */
final class CsvExport implements ExportFormat {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", UTF_8);
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String FORMULA_START = "=+-@\t\r";

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public MediaType mediaType() {
        return TEXT_CSV;
    }

    @Override
    public void write(List<ExportColumn> columns, Iterator<LedgerView> rows, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, UTF_8));
        text.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(LedgerColumns.headers(columns).toArray(String[]::new)).get();
        CSVPrinter csv = new CSVPrinter(text, format);
        List<Object> cells = new ArrayList<>(columns.size());
        while (rows.hasNext()) {
            LedgerView row = rows.next();
            cells.clear();
            for (ExportColumn column : columns) {
                cells.add(cell(column.of(row)));
            }
            csv.printRecord(cells);
        }
        csv.flush(); // not closed: the stream belongs to the caller
    }

    private static Object cell(Object value) {
        if (value instanceof String text && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
