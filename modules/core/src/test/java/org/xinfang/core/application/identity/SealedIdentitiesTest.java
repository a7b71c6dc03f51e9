package org.xinfang.core.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.caller.Caller.Grant;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.application.identity.SealedIdentities.PartyCard;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.cases.Party;

/** The masking rules: what a sealed party shows, what free text may say of it, who keeps it. */
class SealedIdentitiesTest {

    private static final String KEEPER = "DISCIPLINE_IDENTITY_KEEPER";

    private final Case report = sealedReport();
    private final Party reporter = report.getParties().get(0);
    private final Party subject = report.getParties().get(1);

    @Test
    void aSealedPartyShowsItsPseudonymAndNothingElse() {
        PartyCard shown = SealedIdentities.shown(reporter);
        assertEquals(new PartyCard(PartyRole.PETITIONER, "举报人A", "", "", "", true, "举报人A"), shown);
    }

    @Test
    void anIdentifyingFormValueIsReplacedHoweverItIsTyped() {
        String text = "工号ZZ2023001，又写作zz 2023-001；另一人工号ZZ2023002不动。";
        assertEquals("工号举报人A，又写作举报人A；另一人工号ZZ2023002不动。",
                SealedIdentities.redactValues(text, List.of("ZZ2023001"), "举报人A"));
        assertEquals(text, SealedIdentities.redactValues(text, List.of("Z1"), "举报人A"), "too short to identify anyone");
        assertEquals("举报人A", SealedIdentities.firstPseudonym(List.of(reporter)));
    }

    @Test
    void anOpenPartyShowsItsNameWithNumbersMaskedAsAlways() {
        Party open = new Party(PartyRole.PETITIONER, "钱七", "110105199001011232", "13800001234", "朝阳区测试路1号");
        PartyCard shown = SealedIdentities.shown(open);
        assertEquals(new PartyCard(PartyRole.PETITIONER, "钱七", "110105********1232", "138****1234", "朝阳区测试路1号", false, null), shown);
        assertEquals("李某", SealedIdentities.shown(subject).name(), "the person reported on is not sealed");
    }

    @Test
    void aRevealShowsTheIdentityInFullBesideItsPseudonym() {
        PartyCard revealed = SealedIdentities.revealed(reporter);
        assertEquals(new PartyCard(PartyRole.PETITIONER, "王小明", "11010519900101138X", "138-0000-1234", "城关镇幸福路8号", true, "举报人A"),
                revealed);
    }

    @Test
    void freeTextLosesEveryIdentifyingValueOfASealedParty() {
        String typed = "王小明（身份证11010519900101138x，电话138 0000 1234，住城关镇幸福路8号）举报李某收受礼金";
        assertEquals("举报人A（身份证举报人A，电话举报人A，住举报人A）举报李某收受礼金",
                SealedIdentities.redact(report.getParties(), typed));
    }

    @Test
    void freeTextKeepsWhatIsNotSealedAndShortNamesAreNotHunted() {
        Case c = new Case();
        c.addParty(new Party(PartyRole.PETITIONER, "王", null, null, null));
        c.addParty(new Party(PartyRole.SUBJECT, "李某", null, null, null));
        c.register(unit(), 2026, 2, "青纪〔2026〕第00002号", "clerk", LocalDateTime.now());
        c.sealIdentities(p -> p.getRole() == PartyRole.PETITIONER);
        assertEquals("反映王家村李某问题", SealedIdentities.redact(c.getParties(), "反映王家村李某问题"));
        assertEquals(null, SealedIdentities.redact(c.getParties(), null));
    }

    @Test
    void theStreetOfAnAddressIsFoundWithoutItsTownButTheTownAloneIsNoIdentity() {
        assertEquals("幸福路8号", SealedIdentities.streetOf("城关镇幸福路8号"));
        assertEquals("建国路1号院3号楼", SealedIdentities.streetOf("北京市朝阳区建国路1号院3号楼"));
        assertEquals(null, SealedIdentities.streetOf("幸福路8号"), "no area, the whole address is looked for already");
        assertEquals("经核实，举报人A的住处与反映的城关镇集资房无关",
                SealedIdentities.redact(report.getParties(), "经核实，幸福路8号的住处与反映的城关镇集资房无关"));
    }

    @Test
    void aNameThatSaysThereIsNoneIsAnOrdinaryWordOfTheText() {
        Case c = new Case();
        c.addParty(new Party(PartyRole.PETITIONER, "匿名", null, "13900001111", null));
        c.register(unit(), 2026, 3, "青纪〔2026〕第00003号", "clerk", LocalDateTime.now());
        c.sealIdentities(p -> p.getRole() == PartyRole.PETITIONER);
        assertEquals("匿名反映李某问题，回电举报人A", SealedIdentities.redact(c.getParties(), "匿名反映李某问题，回电13900001111"));
    }

    @Test
    void peopleNamedInAMeetingsRecordAreReplacedByHowTheyAreShownNumbersIncluded() {
        List<SealedIdentities.Identity> visitors = List.of(
                new SealedIdentities.Identity("王小明", null, null, null, "举报人A"),
                new SealedIdentities.Identity("张 伟", "370781197901015675", "13800001111", null, "来访人2（身份保护）"),
                new SealedIdentities.Identity("匿名者", null, null, null, "来访人3（身份保护）"));
        assertEquals("举报人A与其丈夫来访人2（身份保护）（电话来访人2（身份保护），身份证来访人2（身份保护））来访，匿名者随行",
                SealedIdentities.redact("王小明与其丈夫张伟（电话138-0000-1111，身份证370781197901015675）来访，匿名者随行", visitors));
    }

    @Test
    void numbersInFullWidthDigitsOrWithSpacesAndNamesWithSpacesAreFoundToo() {
        assertEquals("举报人A（举报人A），证件举报人A",
                SealedIdentities.redact(report.getParties(), "王 小 明（１３８００００１２３４），证件110105 19900101 138ｘ"));
    }

    @Test
    void fullWidthSpacesBracketsAndDotsAsAChineseKeyboardTypesThemHideNothing() {
        assertEquals("举报人A，电话举报人A、(举报人A、举报人A，手机（举报人A",
                SealedIdentities.redact(report.getParties(), "王　小明，电话138　0000　1234、(138)0000-1234、138.0000.1234，手机（138）0000 1234"));
    }

    @Test
    void aVisitorIsKnownByThePseudonymOfTheSealedPartyOfTheSameName() {
        assertEquals("举报人A", SealedIdentities.pseudonymOf(report.getParties(), " 王小明 ").orElseThrow());
        assertTrue(SealedIdentities.pseudonymOf(report.getParties(), "李某").isEmpty(), "the person reported on is not sealed");
        assertTrue(SealedIdentities.pseudonymOf(report.getParties(), "王小明的妻子").isEmpty());
    }

    @Test
    void onlyAKeeperRoleHeldInTheHoldingUnitItselfKeeps() {
        Set<String> keepers = Set.of(KEEPER);
        assertTrue(SealedIdentities.keeps(caller(KEEPER, 6L, "/1/6/"), 6L, keepers));
        assertFalse(SealedIdentities.keeps(caller(KEEPER, 1L, "/1/"), 6L, keepers), "a keeper above does not");
        assertFalse(SealedIdentities.keeps(caller(KEEPER, 7L, "/1/6/7/"), 6L, keepers), "a keeper below does not");
        assertFalse(SealedIdentities.keeps(caller("DISCIPLINE_LEADER", 6L, "/1/6/"), 6L, keepers), "a leader does not");
        assertFalse(SealedIdentities.keeps(caller("ADMIN", 1L, "/1/"), 6L, keepers), "an administrator does not");
        assertFalse(SealedIdentities.keeps(caller(KEEPER, 6L, "/1/6/"), null, keepers), "nothing held, nothing kept");
    }

    private static Caller caller(String role, Long unitId, String path) {
        return new Caller("u", "u", List.of(new Grant(role, unitId, path, "discipline")), Locale.SIMPLIFIED_CHINESE);
    }

    private static Case sealedReport() {
        Case c = new Case();
        c.addParty(new Party(PartyRole.PETITIONER, "王小明", "11010519900101138X", "138-0000-1234", "城关镇幸福路8号"));
        c.addParty(new Party(PartyRole.SUBJECT, "李某", null, null, null));
        c.register(unit(), 2026, 1, "青纪〔2026〕第00001号", "clerk", LocalDateTime.now());
        c.sealIdentities(p -> p.getRole() == PartyRole.PETITIONER);
        return c;
    }

    private static OrgUnit unit() {
        return new OrgUnit("QZ-JW", "青州市纪委监委", "青纪", UnitLevel.CITY, "discipline", null);
    }
}
