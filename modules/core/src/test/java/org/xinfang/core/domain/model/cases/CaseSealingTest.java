package org.xinfang.core.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.domain.model.unit.OrgUnit;

/** Which parties a case seals, under which pseudonyms, and which unit holds them as the case moves. */
class CaseSealingTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0);

    private final OrgUnit city = unit(1L, "青州市纪委监委", null);
    private final OrgUnit township = unit(2L, "城关镇纪委", city);
    private final OrgUnit otherTownship = unit(3L, "桃源镇纪委", city);

    @Test
    void sealedPartiesGetTheirLettersInPartyOrderAndTheSubjectStaysOpen() {
        Case report = registeredAt(township);
        report.sealIdentities(p -> p.getRole() != PartyRole.SUBJECT);

        Party reporter = report.getParties().get(0);
        Party subject = report.getParties().get(1);
        Party second = report.getParties().get(2);
        assertEquals("举报人A", reporter.getPseudonym());
        assertEquals("举报人B", second.getPseudonym());
        assertFalse(subject.isSealed());
        assertNull(subject.getPseudonym());
        assertEquals("举报人A", report.getPetitionerName(), "lists and notices name the reporter by pseudonym");
    }

    @Test
    void theRegisteringUnitHoldsTheIdentitiesAndNothingSealedMeansNoHolder() {
        Case report = registeredAt(township);
        report.sealIdentities(p -> p.getRole() == PartyRole.PETITIONER);
        assertTrue(report.hasSealedIdentities());
        assertSame(township, report.getIdentityHolder());

        Case appeal = registeredAt(township);
        appeal.sealIdentities(p -> false);
        assertFalse(appeal.hasSealedIdentities());
        assertNull(appeal.getIdentityHolder());
        assertEquals("王五", appeal.getPetitionerName());
    }

    @Test
    void identitiesGoUpWithTheCaseButNeverDownOrSideways() {
        Case report = registeredAt(township);
        report.sealIdentities(p -> p.getRole() == PartyRole.PETITIONER);

        report.moveTo("forwarded", otherTownship, "clerk", NOW);
        assertSame(township, report.getIdentityHolder(), "a sibling handling the case does not learn the reporter");

        report.moveTo("forwarded", city, "clerk", NOW);
        assertSame(city, report.getIdentityHolder(), "sent up, the higher commission's keeper holds it");

        report.moveTo("assigned", township, "clerk", NOW);
        assertSame(city, report.getIdentityHolder(), "assigned down for handling, the identity stays above");
    }

    @Test
    void sentToAHigherCommissionOnAnotherBranchTheIdentityGoesWithIt() {
        OrgUnit province = unit(10L, "山东省信访局", null);
        OrgUnit cityBureau = unit(11L, "青州市信访局", province);
        OrgUnit provincialCommission = unit(12L, "山东省纪委监委", province);
        OrgUnit cityCommission = unit(13L, "青州市纪委监委", cityBureau);
        Case report = registeredAt(cityCommission);
        report.sealIdentities(p -> p.getRole() == PartyRole.PETITIONER);

        report.moveTo("forwarded", provincialCommission, "clerk", NOW);
        assertSame(provincialCommission, report.getIdentityHolder(),
                "a report about the city commission's head sent to the province: the province's keeper holds the reporter");
    }

    @Test
    void lettersRunPastZAsSpreadsheetColumnsDo() {
        assertEquals("A", Case.pseudonymLetter(0));
        assertEquals("Z", Case.pseudonymLetter(25));
        assertEquals("AA", Case.pseudonymLetter(26));
        assertEquals("AB", Case.pseudonymLetter(27));
        assertEquals("BA", Case.pseudonymLetter(52));
    }

    private static Case registeredAt(OrgUnit unit) {
        Case c = new Case();
        c.addParty(new Party(PartyRole.PETITIONER, "王五", "110105199001011232", "13800001234", "城关镇幸福路8号"));
        c.addParty(new Party(PartyRole.SUBJECT, "李某", null, null, null));
        c.addParty(new Party(PartyRole.REPRESENTATIVE, "赵六", null, "13900005678", null));
        c.register(unit, 2026, 1, "城关纪〔2026〕第00001号", "clerk", NOW);
        return c;
    }

    /** A unit with its id and path as the database would give them. */
    static OrgUnit unit(Long id, String name, OrgUnit parent) {
        OrgUnit unit = new OrgUnit("U" + id, name, name, parent == null ? UnitLevel.CITY : UnitLevel.TOWNSHIP, "discipline", parent);
        try {
            Field field = OrgUnit.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(unit, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        unit.placeInTree();
        return unit;
    }
}
