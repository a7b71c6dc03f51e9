package org.xinfang.core.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xinfang.api.port.Spreadsheets;

/**
 * Writes tables with POI's streaming workbook, so a long list costs a window of rows in memory, not
 * the whole sheet. The title is merged across the columns and bold; the heads bold and frozen.
 */
@ApplicationScoped
public class PoiSpreadsheets implements Spreadsheets {

    /** Rows kept in memory while writing; the rest go to a temporary file. */
    private static final int WINDOW = 200;

    @Override
    public byte[] write(List<Table> tables) {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle titleStyle = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            for (Table table : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(table.title());
                title.getCell(0).setCellStyle(titleStyle);
                if (table.heads().size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.heads().size() - 1));
                }
                Row heads = sheet.createRow(1);
                for (int i = 0; i < table.heads().size(); i++) {
                    heads.createCell(i).setCellValue(table.heads().get(i));
                    heads.getCell(i).setCellStyle(bold);
                    sheet.setColumnWidth(i, Math.min(60, Math.max(10, table.heads().get(i).length() * 3)) * 256);
                }
                sheet.createFreezePane(0, 2);
                int r = 2;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        set(row.createCell(i), values.get(i), date, dateTime);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static void set(Cell cell, Object value, CellStyle date, CellStyle dateTime) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateTime);
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
