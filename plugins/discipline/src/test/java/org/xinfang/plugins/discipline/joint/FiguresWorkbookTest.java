package org.xinfang.plugins.discipline.joint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xinfang.plugins.discipline.joint.application.FiguresWorkbook;

/** The workbook, opened again with POI, holds the figures as numbers under headings in the caller's language. */
class FiguresWorkbookTest {

    @Test
    void theSeedYearReadsBackFromTheWorkbook() throws IOException {
        Figures.Row total = Figures.Row.count("青州市纪委监委", FiguresTest.seedYear());
        Figures.Row team = Figures.Row.count("第一联查组", FiguresTest.seedYear().stream().filter(c -> Long.valueOf(1).equals(c.getTeamId())).toList());
        byte[] xlsx = FiguresWorkbook.write(new Figures(2026, total, java.util.List.of(team)), Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("联查统计2026", sheet.getSheetName());
            Row head = sheet.getRow(0);
            assertEquals("摸排重要信访件", head.getCell(1).getStringCellValue());
            assertEquals("收缴违纪款（元）", head.getCell(8).getStringCellValue());
            Row year = sheet.getRow(1);
            assertEquals("青州市纪委监委", year.getCell(0).getStringCellValue());
            double[] expected = {12, 5, 9, 9, 4, 3, 2, 83_000};
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], year.getCell(i + 1).getNumericCellValue(), head.getCell(i + 1).getStringCellValue());
            }
            assertEquals("第一联查组", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getRow(2).getCell(4).getNumericCellValue());
        }
    }

    @Test
    void englishHeadings() throws IOException {
        byte[] xlsx = FiguresWorkbook.write(new Figures(2026, Figures.Row.count("x", FiguresTest.seedYear()), java.util.List.of()), Locale.ENGLISH);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Joint investigations 2026", book.getSheetAt(0).getSheetName());
            assertEquals("Money recovered (yuan)", book.getSheetAt(0).getRow(0).getCell(8).getStringCellValue());
        }
    }
}
