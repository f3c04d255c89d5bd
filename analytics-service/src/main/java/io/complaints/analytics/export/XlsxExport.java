package io.complaints.analytics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.MediaType;

import io.complaints.analytics.ledger.LedgerView;

/**
 * The ledger as an Excel workbook: a sheet with a bold, frozen header row and filters; numbers
 * and yes/no as such, everything else as text. Rows are kept in memory only a window at a time
 * and go to a compressed temporary file as they are read; closing the workbook removes that file,
 * whether the export ended or failed. A selection longer than a sheet holds continues on the next
 * sheet.
 */
final class XlsxExport implements ExportFormat {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final int rowWindow;

    XlsxExport(int rowWindow) {
        this.rowWindow = rowWindow;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public MediaType mediaType() {
        return XLSX;
    }

    @Override
    public void write(List<ExportColumn> columns, Iterator<LedgerView> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(rowWindow)) {
            workbook.setCompressTempFiles(true);
            CellStyle header = headerStyle(workbook);
            CellStyle plain = workbook.getCellStyleAt(0);
            int sheets = 1;
            Sheet sheet = newSheet(workbook, "Ledger", columns, header);
            int next = 1;
            while (rows.hasNext()) {
                if (next == ROWS_PER_SHEET) {
                    sheet = newSheet(workbook, "Ledger " + ++sheets, columns, header);
                    next = 1;
                }
                LedgerView view = rows.next();
                Row row = sheet.createRow(next++);
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(plain); // else each cell looks its column's style up, slowly
                    fill(cell, columns.get(c).of(view));
                }
            }
            workbook.write(out);
        }
        out.flush();
    }

    private static Sheet newSheet(SXSSFWorkbook workbook, String name, List<ExportColumn> columns, CellStyle style) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            String title = columns.get(c).header();
            Cell cell = header.createCell(c);
            cell.setCellValue(title);
            cell.setCellStyle(style);
            sheet.setColumnWidth(c, Math.max(16, title.length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        return sheet;
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }

    private static void fill(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean yes -> cell.setCellValue(yes);
            default -> cell.setCellValue(value.toString());
        }
    }
}
