package org.xinfang.it.api;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an exported workbook back as a test sees it: every row of a sheet (the first by default), each cell as the sheet shows it. */
final class Workbooks {

    private Workbooks() {
    }

    static List<List<String>> cells(byte[] workbook) throws Exception {
        return cells(workbook, 0);
    }

    static List<List<String>> cells(byte[] workbook, int sheet) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            DataFormatter text = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(sheet)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        }
    }
}
