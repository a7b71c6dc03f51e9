package org.xinfang.plugins.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.RoleDeclaration;

/** Whose identity the discipline committee seals, and who keeps it. */
class DisciplineSealingTest {

    private final DisciplinePlugin plugin = new DisciplinePlugin();

    @Test
    void theReporterOfAnAccusationOrComplaintIsSealedSignedOrNot() {
        for (ReportCategory category : List.of(ReportCategory.ACCUSATION, ReportCategory.COMPLAINT)) {
            for (boolean signed : List.of(true, false)) {
                DisciplineCaseForm form = form(category, signed);
                assertTrue(plugin.sealsIdentity(form, PartyRole.PETITIONER), category + " signed=" + signed);
                assertTrue(plugin.sealsIdentity(form, PartyRole.REPRESENTATIVE), category + " signed=" + signed);
                assertFalse(plugin.sealsIdentity(form, PartyRole.SUBJECT), "the person reported on is not hidden");
            }
        }
    }

    @Test
    void anAppealIsNotAReportAndItsAppellantIsNotSealed() {
        assertFalse(plugin.sealsIdentity(form(ReportCategory.APPEAL, true), PartyRole.PETITIONER));
    }

    @Test
    void theIdentityKeeperIsTheOneKeeperAndActsAsNoCoreRole() {
        List<RoleDeclaration> keepers = plugin.agencyType().roles().stream().filter(RoleDeclaration::keepsIdentities).toList();
        assertEquals(List.of(DisciplinePlugin.ROLE_IDENTITY_KEEPER), keepers.stream().map(RoleDeclaration::name).toList());
        assertNull(keepers.get(0).actsAs(), "keeping identities comes with no say in the procedure");
    }

    private static DisciplineCaseForm form(ReportCategory category, boolean signed) {
        DisciplineCaseForm form = new DisciplineCaseForm();
        form.setCategory(category);
        form.setSigned(signed);
        form.setSubjectName("李某");
        form.setSubjectUnit("城关镇人民政府");
        form.setSubjectRank(SubjectRank.TOWNSHIP);
        return form;
    }
}
