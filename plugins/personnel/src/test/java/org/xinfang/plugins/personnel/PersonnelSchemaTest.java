package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.xinfang.plugin.testkit.PluginSchemaContract;

/** The bureau's migration and entity agree (checks from the kit), and its columns store what the form means. */
class PersonnelSchemaTest extends PluginSchemaContract<PersonnelCaseForm> {

    PersonnelSchemaTest() {
        super(new PersonnelPlugin(), PersonnelCaseForm.class);
    }

    @Override
    protected PersonnelCaseForm sampleForm() {
        PersonnelCaseForm form = new PersonnelCaseForm();
        form.setBusinessCategory(BusinessCategory.WAGES_WELFARE);
        form.setAddressedToHead(true);
        return form;
    }

    @Override
    protected void assertSurvivedRoundTrip(PersonnelCaseForm read) {
        assertEquals(BusinessCategory.WAGES_WELFARE, read.getBusinessCategory());
        assertEquals(Boolean.TRUE, read.getAddressedToHead());
    }

    @Test
    void enumIsStoredByName() throws SQLException {
        execute("INSERT INTO xf_case (id) VALUES (2)",
                "INSERT INTO personnel_case_form (case_id, business_category, addressed_to_head) VALUES (2, 'LEGACY', FALSE)");
        PersonnelCaseForm read = find(2L);
        assertEquals(BusinessCategory.LEGACY, read.getBusinessCategory());
        assertEquals(Boolean.FALSE, read.getAddressedToHead());
    }
}
