package org.xinfang.it.broken;

import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.AgencyType;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.CaseFormDeclaration;
import org.xinfang.api.plugin.MenuEntry;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.plugin.RoleDeclaration;

/**
 * A plugin packed wrong on purpose: its pages are not in the jar and its form is not an entity of the
 * persistence unit. The registry must refuse to start with it and say so, naming it.
 */
public class BrokenPlugin implements AgencyPlugin {

    /** Not an entity of the persistence unit. */
    public static class UnmappedForm extends CaseFormData {
        @Override
        public String summary() {
            return "";
        }
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public String version() {
        return "0.0.1";
    }

    @Override
    public AgencyType agencyType() {
        return new AgencyType("broken", LocalizedText.of("损坏的插件", "Broken plugin"),
                List.of(new RoleDeclaration("BROKEN_CLERK", LocalizedText.of("登记员", "Clerk"))));
    }

    @Override
    public CaseFormDeclaration caseForm() {
        return new CaseFormDeclaration(UnmappedForm.class, "/plugins/broken/case-form.xhtml", "/plugins/broken/case-view.xhtml");
    }

    @Override
    public List<ProcedureDeclaration> procedures() {
        return List.of();
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of();
    }

    @Override
    public String messageBundle() {
        return "org.xinfang.it.broken.messages";
    }

    /** Forgets to list its form entity, so the persistence unit never maps it. */
    @Override
    public List<Class<?>> entities() {
        return List.of();
    }
}
