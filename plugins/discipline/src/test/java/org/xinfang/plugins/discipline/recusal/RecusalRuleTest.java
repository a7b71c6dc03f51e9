package org.xinfang.plugins.discipline.recusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.api.port.Organisation;

/** 回避: the accused, anyone from the accused's unit, and whoever declared a conflict stand aside — nobody else. */
class RecusalRuleTest {

    static final Organisation.Unit CITY = new Organisation.Unit(6, "QZ-JW", "青州市纪委监委", "青纪", "discipline", "/1/6/", 1L);
    static final Organisation.Unit CHENGGUAN = new Organisation.Unit(7, "QZ-JW-CG", "城关镇纪委", "城关纪", "discipline", "/1/6/7/", 6L);
    static final Organisation.Unit TAOYUAN = new Organisation.Unit(8, "QZ-JW-TY", "桃源镇纪委", "桃源纪", "discipline", "/1/6/8/", 6L);

    private final Accused townshipCadre = new Accused("孙德海", "北岭村党支部", CHENGGUAN);

    @Test
    void theAccusedHimselfIsRefusedNamingTheDuty() {
        Person accused = new Person("孙 德海", "jw-cg.handler", List.of(TAOYUAN));
        RecusalRule.Recusal recusal = RecusalRule.check(accused, townshipCadre, List.of()).orElseThrow();
        assertEquals(Ground.IS_ACCUSED, recusal.ground());
        assertEquals("孙 德海是被反映人本人，应当回避，不能担任承办人", recusal.message(Locale.SIMPLIFIED_CHINESE, Duty.HANDLER));
    }

    @Test
    void anyoneHoldingAPostInTheAccusedsUnitIsRefused() {
        Person colleague = new Person("陈刚", "jw-cg.discipline_investigator", List.of(CHENGGUAN));
        RecusalRule.Recusal recusal = RecusalRule.check(colleague, townshipCadre, List.of()).orElseThrow();
        assertEquals(Ground.FROM_ACCUSED_UNIT, recusal.ground());
        assertEquals("陈刚在被反映人所在单位（城关镇纪委）任职，应当回避，不能担任核查人员",
                recusal.message(Locale.SIMPLIFIED_CHINESE, Duty.INVESTIGATOR));
        assertEquals("陈刚 holds a post in the unit of the accused (城关镇纪委) and must stand aside: cannot be member of the joint team",
                recusal.message(Locale.ENGLISH, Duty.TEAM_MEMBER));
    }

    @Test
    void aUnitWhoseNameTheReportGivesCountsWhenNoUnitWasRecorded() {
        Accused inCommittee = new Accused("马某", "城关镇纪委", null);
        Person staff = new Person("陈刚", null, List.of(CHENGGUAN));
        assertEquals(Ground.FROM_ACCUSED_UNIT, RecusalRule.check(staff, inCommittee, List.of()).orElseThrow().ground());
    }

    @Test
    void theCommitteeAboveAndOtherTownshipsMayInvestigate() {
        assertTrue(RecusalRule.check(new Person("王建国", "jw.discipline_leader", List.of(CITY)), townshipCadre, List.of()).isEmpty());
        assertTrue(RecusalRule.check(new Person("孙丽", null, List.of(TAOYUAN)), townshipCadre, List.of()).isEmpty());
    }

    @Test
    void aDeclaredConflictCountsByAccountOrByName() {
        ConflictDeclaration byAccount = new ConflictDeclaration(5, "刘洋", "jw.handler", "与被反映人系同学", "jw.clerk", LocalDateTime.now());
        ConflictDeclaration byName = new ConflictDeclaration(5, "郑华", null, "其妻为举报人亲属", "jw.clerk", LocalDateTime.now());
        Person liu = new Person("刘洋", "jw.handler", List.of(CITY));
        Person zheng = new Person("郑华", null, List.of(CITY));
        RecusalRule.Recusal recusal = RecusalRule.check(liu, townshipCadre, List.of(byAccount, byName)).orElseThrow();
        assertEquals(Ground.DECLARED, recusal.ground());
        assertEquals("刘洋已申报回避（与被反映人系同学），不能担任联查组成员", recusal.message(Locale.SIMPLIFIED_CHINESE, Duty.TEAM_MEMBER));
        assertEquals(Ground.DECLARED, RecusalRule.check(zheng, townshipCadre, List.of(byName)).orElseThrow().ground());
        // Another account with the same name is not the one who declared.
        Person namesake = new Person("刘洋", "jw-ty.handler", List.of(TAOYUAN));
        assertTrue(RecusalRule.check(namesake, townshipCadre, List.of(byAccount)).isEmpty());
    }

    @Test
    void aReportWithoutAnAccusedNameRecusesNobodyByName() {
        Accused unnamed = new Accused(null, null, null);
        assertTrue(RecusalRule.check(new Person("陈刚", null, List.of(CHENGGUAN)), unnamed, List.of()).isEmpty());
    }
}
