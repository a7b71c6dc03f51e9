package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.xinfang.plugin.testkit.PluginSchemaContract;

/** The court's migration and entity agree (checks from the kit), and its columns store what the form means. */
class CourtSchemaTest extends PluginSchemaContract<CourtCaseForm> {

    CourtSchemaTest() {
        super(new CourtPlugin(), CourtCaseForm.class);
    }

    @Override
    protected CourtCaseForm sampleForm() {
        CourtCaseForm form = new CourtCaseForm();
        form.setOriginalCaseNumber("（2024）京0105民初1234号");
        form.setTribunal("民事审判第一庭");
        form.setStage(CourtStage.ENFORCEMENT);
        form.setLitigationRelated(false);
        form.setRepeatVisit(true);
        return form;
    }

    @Override
    protected void assertSurvivedRoundTrip(CourtCaseForm read) {
        assertEquals("（2024）京0105民初1234号", read.getOriginalCaseNumber());
        assertEquals(CourtStage.ENFORCEMENT, read.getStage());
        assertEquals(Boolean.FALSE, read.getLitigationRelated());
        assertTrue(read.isRepeatVisit());
        assertFalse(read.isLeapfrogVisit() || read.isLongStandingPetitioner());
    }

    @Test
    void enumIsStoredByName() throws SQLException {
        execute("INSERT INTO xf_case (id) VALUES (2)",
                "INSERT INTO court_case_form (case_id, original_case_number, tribunal, trial_stage) "
                        + "VALUES (2, '(2023)京民终56号', '民事审判第二庭', 'SECOND_INSTANCE')");
        CourtCaseForm read = find(2L);
        assertEquals(CourtStage.SECOND_INSTANCE, read.getStage());
        // The column default agrees with the entity's: a court matter is about litigation unless cleared.
        assertEquals(Boolean.TRUE, read.getLitigationRelated());
        assertFalse(read.forReceptionDay(), "a matter registered before the markers carries none");
    }
}
