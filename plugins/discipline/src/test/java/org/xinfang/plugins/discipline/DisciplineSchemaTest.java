package org.xinfang.plugins.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinfang.plugin.testkit.PluginSchemaContract;

/** The committee's migration and entity agree (checks from the kit), and its columns store what the form means. */
class DisciplineSchemaTest extends PluginSchemaContract<DisciplineCaseForm> {

    DisciplineSchemaTest() {
        super(new DisciplinePlugin(), DisciplineCaseForm.class);
    }

    /** V6 hands the receipts over to the core's tables (ADR 0019's addendum). */
    @Override
    protected List<String> coreMigrationsTouched() {
        return List.of("db/migration/core/V28__receipts.sql");
    }

    @Override
    protected DisciplineCaseForm sampleForm() {
        DisciplineCaseForm form = new DisciplineCaseForm();
        form.setCategory(ReportCategory.COMPLAINT);
        form.setSigned(true);
        form.setSubjectName("张某某");
        form.setSubjectUnit("某镇人民政府");
        form.setSubjectRank(SubjectRank.TOWNSHIP);
        return form;
    }

    @Override
    protected void assertSurvivedRoundTrip(DisciplineCaseForm read) {
        assertEquals(ReportCategory.COMPLAINT, read.getCategory());
        assertEquals(Boolean.TRUE, read.getSigned());
        assertEquals("张某某", read.getSubjectName());
        assertEquals(SubjectRank.TOWNSHIP, read.getSubjectRank());
        assertNull(read.getSubjectPost());
    }

    @Test
    void enumsAreStoredByName() throws SQLException {
        execute("INSERT INTO xf_case (id) VALUES (2)",
                "INSERT INTO discipline_case_form (case_id, report_category, signed_report, subject_name, "
                        + "subject_unit, subject_rank) VALUES (2, 'APPEAL', FALSE, '李某', '某县水利局', 'COUNTY')");
        DisciplineCaseForm read = find(2L);
        assertEquals(ReportCategory.APPEAL, read.getCategory());
        assertEquals(SubjectRank.COUNTY, read.getSubjectRank());
        assertEquals(Boolean.FALSE, read.getSigned());
    }
}
