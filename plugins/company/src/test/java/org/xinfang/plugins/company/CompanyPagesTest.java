package org.xinfang.plugins.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.plugin.testkit.PluginPagesContract;

/** The page fragments and bundles (checks from the kit), the labels bean and the editor's anonymity switch. */
class CompanyPagesTest extends PluginPagesContract {

    CompanyPagesTest() {
        super(new CompanyPlugin(), locale -> new CompanyLabels(() -> locale).getMsg(),
                List.of("workshop", "complaintType", "anonymous", "employeeNumber"),
                new Label("company.form.employeeNumber", "工号", "Employee number"));
    }

    @Test
    void complaintTypeChoicesCarryTheEnumAndTheLabelOfTheLocale() {
        CompanyLabels english = new CompanyLabels(() -> Locale.ENGLISH);
        assertEquals(ComplaintType.values().length, english.getComplaintTypes().size());
        assertEquals(ComplaintType.OVERTIME, english.getComplaintTypes().get(1).getValue());
        assertEquals("Overtime", english.getComplaintTypes().get(1).getLabel());
        assertEquals("加班", new CompanyLabels(() -> Locale.SIMPLIFIED_CHINESE).getComplaintTypes().get(1).getLabel());
    }

    @Test
    void labelsOfStoredValuesFollowTheLocaleOfTheView() {
        CompanyLabels chinese = new CompanyLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("纪律处分", chinese.complaintTypeLabel(ComplaintType.DISCIPLINE));
        assertEquals("", chinese.complaintTypeLabel(null));
        assertEquals("是", chinese.yesNo(true));
        CompanyLabels english = new CompanyLabels(() -> Locale.ENGLISH);
        assertEquals("Disciplinary sanction", english.complaintTypeLabel(ComplaintType.DISCIPLINE));
        assertEquals("No", english.yesNo(false));
        assertEquals("", english.yesNo(null));
    }

    @Test
    void tickingAnonymousRerendersTheEmployeeNumberDisabled() throws IOException {
        String editor = editor();
        // On the portal the same choice also redraws the name-and-phone block an anonymous complaint does without.
        assertTrue(editor.contains("<p:ajax listener=\"#{form.forgetEmployeeNumberWhenAnonymous}\" update=\"company_employeeNumberField @(.xf-portal-identity)\"/>"));
        assertTrue(editor.contains("disabled=\"#{form.anonymous}\""));
        // The anonymous box comes first, so a submit without script still sets anonymity before the number.
        assertTrue(editor.indexOf("id=\"company_anonymous\"") < editor.indexOf("id=\"company_employeeNumber\""));
    }
}
