package org.xinfang.plugins.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.xinfang.plugin.testkit.PluginSchemaContract;

/** The company's migration and entity agree (checks from the kit), and anonymity survives storage. */
class CompanySchemaTest extends PluginSchemaContract<CompanyCaseForm> {

    CompanySchemaTest() {
        super(new CompanyPlugin(), CompanyCaseForm.class);
    }

    @Override
    protected CompanyCaseForm sampleForm() {
        CompanyCaseForm form = new CompanyCaseForm();
        form.setWorkshop("二车间");
        form.setEmployeeNumber("A1234");
        form.setComplaintType(ComplaintType.OVERTIME);
        form.setAnonymous(false);
        return form;
    }

    @Override
    protected void assertSurvivedRoundTrip(CompanyCaseForm read) {
        assertEquals("二车间", read.getWorkshop());
        assertEquals("A1234", read.getEmployeeNumber());
        assertEquals(ComplaintType.OVERTIME, read.getComplaintType());
        assertEquals(Boolean.FALSE, read.getAnonymous());
    }

    @Test
    void anonymousComplaintIsStoredWithoutNumber() throws SQLException {
        execute("INSERT INTO xf_case (id) VALUES (2)");
        CompanyCaseForm form = new CompanyCaseForm();
        form.setCaseId(2L);
        form.setWorkshop("机修车间");
        form.setEmployeeNumber("B777");
        form.setComplaintType(ComplaintType.SAFETY);
        form.setAnonymous(true);
        form.forgetEmployeeNumberWhenAnonymous(); // as the editor's 匿名 box does; the API refuses the pair
        persist(form);

        CompanyCaseForm read = find(2L);
        assertEquals(Boolean.TRUE, read.getAnonymous());
        assertNull(read.getEmployeeNumber());
    }
}
