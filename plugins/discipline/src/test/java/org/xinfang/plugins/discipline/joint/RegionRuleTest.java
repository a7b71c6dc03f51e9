package org.xinfang.plugins.discipline.joint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.api.port.Organisation;

/** A team investigates across regions: never a case of a region one of its members comes from. */
class RegionRuleTest {

    static final Organisation.Unit CITY = new Organisation.Unit(6, "QZ-JW", "青州市纪委监委", "青纪", "discipline", "/1/6/", 1L);
    static final Organisation.Unit CHENGGUAN = new Organisation.Unit(7, "QZ-JW-CG", "城关镇纪委", "城关纪", "discipline", "/1/6/7/", 6L);
    static final Organisation.Unit TAOYUAN = new Organisation.Unit(8, "QZ-JW-TY", "桃源镇纪委", "桃源纪", "discipline", "/1/6/8/", 6L);
    static final Organisation.Unit VILLAGE = new Organisation.Unit(9, "QZ-JW-CG-1", "北岭村纪检小组", "北岭", "discipline", "/1/6/7/9/", 7L);
    static final Map<Long, Organisation.Unit> UNITS = Map.of(6L, CITY, 7L, CHENGGUAN, 8L, TAOYUAN, 9L, VILLAGE);

    private final Team first = team();

    @Test
    void aMemberFromTheRegionBarsTheTeamNamingTheMember() {
        PoolMember chen = RegionRule.memberFromRegion(first, CHENGGUAN, UNITS).orElseThrow();
        assertEquals("陈刚", chen.getName());
    }

    @Test
    void aRegionBelowTheMembersCommitteeIsTheirRegionToo() {
        assertEquals("陈刚", RegionRule.memberFromRegion(first, VILLAGE, UNITS).orElseThrow().getName());
    }

    @Test
    void otherRegionsAreOpenAndTheCommitteesOwnStaffBarNothing() {
        assertTrue(RegionRule.memberFromRegion(first, TAOYUAN, UNITS).isEmpty());
        // The leader and 李明 come from the city committee that runs the investigation.
        assertTrue(RegionRule.memberFromRegion(first, CITY, UNITS).isEmpty());
    }

    static Team team() {
        PoolMember wang = member(1, "王建国", CITY, true);
        Team team = new Team(CITY.id(), "第一联查组", wang, "jw.discipline_leader", LocalDateTime.now());
        team.add(member(2, "李明", CITY, false));
        team.add(member(3, "陈刚", CHENGGUAN, false));
        return team;
    }

    static PoolMember member(long id, String name, Organisation.Unit unit, boolean standing) {
        PoolMember member = new PoolMember(CITY.id(), name, unit.id(), unit.name(), "干部", null, standing, "jw.clerk", LocalDateTime.now());
        member.approve("jw.discipline_leader", LocalDateTime.now());
        try {
            Field field = PoolMember.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(member, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return member;
    }
}
