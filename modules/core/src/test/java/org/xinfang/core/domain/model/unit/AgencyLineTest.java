package org.xinfang.core.domain.model.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.UnitLevel;

/**
 * The next unit of an agency up its line: the demo's shape — a province bureau with the provincial
 * commission beside it, the city bureau below with the city commission under it, townships under that.
 */
class AgencyLineTest {

    private final List<OrgUnit> all = new ArrayList<>();
    private final OrgUnit province = unit("山东省信访局", "general", null);
    private final OrgUnit provincialCommission = unit("山东省纪委监委", "discipline", province);
    private final OrgUnit city = unit("青州市信访局", "general", province);
    private final OrgUnit cityCommission = unit("青州市纪委监委", "discipline", city);
    private final OrgUnit township = unit("城关镇纪委", "discipline", cityCommission);
    private final OrgUnit otherTownship = unit("桃源镇纪委", "discipline", cityCommission);
    private final OrgUnit court = unit("青州市中级人民法院", "court", city);

    @Test
    void aTownshipCommissionsLineGoesToItsParentCommission() {
        assertEquals(Optional.of(cityCommission), above(township, "discipline"));
    }

    @Test
    void theCityCommissionsLineSkipsTheBureauItHangsUnderAndFindsTheCommissionBesideTheProvince() {
        assertEquals(Optional.of(provincialCommission), above(cityCommission, "discipline"));
    }

    @Test
    void aPeerUnderTheSameParentIsNotAbove() {
        OrgUnit peer = unit("青州市另一纪委", "discipline", city);
        assertEquals(Optional.of(provincialCommission), above(cityCommission, "discipline"));
        assertEquals(Optional.of(provincialCommission), above(peer, "discipline"));
    }

    @Test
    void theTopOfTheLineHasNothingAbove() {
        assertTrue(above(provincialCommission, "discipline").isEmpty());
        assertTrue(above(court, "court").isEmpty(), "no higher court in this tree");
        assertTrue(above(province, "general").isEmpty());
    }

    @Test
    void theGeneralLineIsTheBureauAbove() {
        assertEquals(Optional.of(province), above(city, "general"));
        assertEquals(Optional.of(city), above(otherTownship, "general"));
    }

    @Test
    void theGovernmentReviewRuleNamesTheNearestPetitionBureauAboveAndNothingAboveTheProvince() {
        OrgUnit county = unit("青州市朝阳区信访局", "general", city);
        OrgUnit personnelBureau = unit("青州市人事局", "personnel", city);
        assertEquals(Optional.of(city), reviewBody(county));
        assertEquals(Optional.of(city), reviewBody(personnelBureau), "a city department: its city's government");
        assertEquals(Optional.of(province), reviewBody(city));
        assertTrue(reviewBody(province).isEmpty(), "the province's own decision: no body above, never itself");
    }

    private Optional<OrgUnit> reviewBody(OrgUnit deciding) {
        return new AgencyLine(parent -> all.stream().filter(u -> u.getParent() == parent).toList())
                .reviewBody(deciding, org.xinfang.api.procedure.ReviewLine.government());
    }

    private Optional<OrgUnit> above(OrgUnit start, String agency) {
        return AgencyLine.above(start, agency, parent -> all.stream().filter(u -> u.getParent() == parent).toList());
    }

    private OrgUnit unit(String name, String agency, OrgUnit parent) {
        OrgUnit unit = new OrgUnit("U" + all.size(), name, name, UnitLevel.CITY, agency, parent);
        try {
            Field id = OrgUnit.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(unit, (long) all.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        unit.placeInTree();
        all.add(unit);
        return unit;
    }
}
