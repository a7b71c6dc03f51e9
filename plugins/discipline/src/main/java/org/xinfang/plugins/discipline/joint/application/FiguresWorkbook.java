package org.xinfang.plugins.discipline.joint.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xinfang.plugins.discipline.joint.Figures;
import org.xinfang.plugins.discipline.kernel.Texts;

/**
 * The year's figures as an Excel workbook (.xlsx, Apache POI): one sheet, a header row, the
 * committee's line, then one line per team. Numbers are stored as numbers, so the sheet adds up.
 */
public final class FiguresWorkbook {

    /** The columns, in order: the bundle's {@code discipline.joint.figures.<key>} heads each. */
    public static final List<String> COLUMNS = List.of("label", "found", "repeats", "aboutUnitHeads", "selected", "filed",
            "concluded", "verifying", "moneyRecovered", "lossesRecovered", "contractsEnded", "paymentsRestored");

    private FiguresWorkbook() {
    }

    public static byte[] write(Figures figures, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Texts.get(locale, "discipline.joint.figures.sheet", String.valueOf(figures.year())));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(Texts.get(locale, "discipline.joint.figures." + COLUMNS.get(i)));
                head.getCell(i).setCellStyle(bold);
            }
            line(sheet.createRow(1), figures.total());
            int r = 2;
            for (Figures.Row team : figures.teams()) {
                line(sheet.createRow(r++), team);
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, i == 0 ? 24 * 256 : 14 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Row row, Figures.Row figures) {
        row.createCell(0).setCellValue(figures.label());
        double[] values = {figures.found(), figures.repeats(), figures.aboutUnitHeads(), figures.selected(), figures.filed(),
                figures.concluded(), figures.verifying(), figures.moneyRecovered().doubleValue(), figures.lossesRecovered().doubleValue(),
                figures.contractsEnded(), figures.paymentsRestored().doubleValue()};
        for (int i = 0; i < values.length; i++) {
            row.createCell(i + 1).setCellValue(values[i]);
        }
    }
}
