package org.xinfang.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * Builds, inside the server, a small organisation tree of its own for one test (codes and short names
 * are unique per call, so tests never collide with the demo data or with each other), and callers holding roles in it.
 */
@ApplicationScoped
public class TestUnits {

    @Inject
    private OrgUnitRepository units;

    /** A district bureau with two townships under it: {@code [district, townshipA, townshipB]}. */
    @Transactional
    public List<OrgUnit> districtWithTwoTownships() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrgUnit district = units.add(new OrgUnit("T-D-" + tag, "测试区信访局" + tag, "测试区" + tag, UnitLevel.COUNTY, OrgUnit.GENERAL_AGENCY, null));
        OrgUnit a = units.add(new OrgUnit("T-A-" + tag, "甲镇" + tag, "甲镇" + tag, UnitLevel.TOWNSHIP, OrgUnit.GENERAL_AGENCY, district));
        OrgUnit b = units.add(new OrgUnit("T-B-" + tag, "乙镇" + tag, "乙镇" + tag, UnitLevel.TOWNSHIP, OrgUnit.GENERAL_AGENCY, district));
        return List.of(district, a, b);
    }

    /** A city bureau over a district bureau over a township: {@code [city, district, township]}. */
    @Transactional
    public List<OrgUnit> cityDistrictTownship() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrgUnit city = units.add(new OrgUnit("T-C-" + tag, "测试市信访局" + tag, "测试市" + tag, UnitLevel.CITY, OrgUnit.GENERAL_AGENCY, null));
        OrgUnit district = units.add(new OrgUnit("T-CD-" + tag, "测试区信访局" + tag, "测试区" + tag, UnitLevel.COUNTY, OrgUnit.GENERAL_AGENCY, city));
        OrgUnit township = units.add(new OrgUnit("T-CT-" + tag, "丙镇" + tag, "丙镇" + tag, UnitLevel.TOWNSHIP, OrgUnit.GENERAL_AGENCY, district));
        return List.of(city, district, township);
    }

    /** A caller holding {@code role} in {@code unit} only. */
    public static Caller holding(String role, OrgUnit unit) {
        return new Caller("it-" + role.toLowerCase(Locale.ROOT) + "-" + unit.getCode(), "测试用户",
                List.of(new Caller.Grant(role, unit.getId(), unit.getPath(), unit.getAgencyType())), Locale.SIMPLIFIED_CHINESE);
    }
}
