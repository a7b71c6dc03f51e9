package org.xinfang.api.port;

import java.util.List;
import java.util.Objects;

/**
 * Lists and ledgers as Excel workbooks (.xlsx) the way offices file them: a title line naming the
 * unit and the period, Chinese column heads, one row per item; numbers and dates stay numbers and
 * dates, so the sheet sorts and adds up.
 */
public interface Spreadsheets {

    /**
     * One sheet of a workbook.
     *
     * @param sheetName the tab's name (at most 31 characters; longer is cut)
     * @param title     the line above the heads: the unit, what it lists and the period
     * @param heads     the column heads
     * @param rows      the rows, each as long as {@code heads}; a cell is text, a number, a date or null
     */
    record Table(String sheetName, String title, List<String> heads, List<List<Object>> rows) {
        public Table {
            Objects.requireNonNull(sheetName, "sheetName");
            Objects.requireNonNull(title, "title");
            heads = List.copyOf(heads);
            rows = List.copyOf(rows);
        }
    }

    /** The workbook's bytes, one sheet per table. */
    byte[] write(List<Table> tables);

    /** The content type of what {@link #write} returns. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
