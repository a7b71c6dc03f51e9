package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.xinfang.it.deploy.InServer;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.cases.ResidentIdNumbers;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * Repeat detection never reveals a case the caller cannot see: registering with the phone or identity
 * number of someone whose case lies in another unit links nothing, so neither the case's number nor
 * the mere fact that the person went elsewhere reaches the clerk; a caller who sees that unit gets
 * the link. A link made by someone who saw both is not shown to a reader who sees only the new case.
 */
@ExtendWith(ArquillianExtension.class)
@InServer(TestUnits.class)
class RepeatVisibilityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    CaseService cases;

    @Inject
    TestUnits testUnits;

    private static final String MATTER = "村集体土地征收补偿款未按标准发放";

    private static Case draft(String idNumber, String phone) {
        Case c = new Case();
        c.setChannel(Channel.VISIT);
        c.setSubject(MATTER);
        c.setContent("来访反映：" + MATTER);
        c.setCategory("城乡建设");
        c.setReceivedOn(LocalDate.now());
        c.addParty(new Party(PartyRole.PETITIONER, "刘某", idNumber, phone, null));
        return c;
    }

    private static String uniquePhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String uniqueIdNumber() {
        // Ending in X, so that the test can write it in lower case too; about one number in eleven does.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String first17 = "370781" + LocalDate.of(1930, 1, 1).plusDays(random.nextInt(27_000)).format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", random.nextInt(1000));
            if (ResidentIdNumbers.checkCharacter(first17) == 'X') {
                return first17 + "X";
            }
        }
    }

    @Test
    void samePhoneInAnotherUnitGivesNoHintButTheUnitAboveGetsTheMatch() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        String phone = uniquePhone();
        Case inA = cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(1)), tree.get(1).getId(), draft(null, phone), null).caseFile();

        Case inB = cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(2)), tree.get(2).getId(),
                draft(null, "137-" + phone.substring(3, 7) + "-" + phone.substring(7)), null).caseFile();
        assertNull(inB.getRepeatOf(), "B's clerk may not see A's case: no link, no number, no flag");

        Caller district = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        Case atDistrict = cases.register(district, tree.get(0).getId(), draft(null, phone), null).caseFile();
        assertNotNull(atDistrict.getRepeatOf(), "the district sees both townships: the repeat is found");
        assertTrue(Set.of(inA.getId(), inB.getId()).contains(atDistrict.getRepeatOf().getId()), "linked by the phone's match key, whatever its form");

        Case againInA = cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(1)), tree.get(1).getId(), draft(null, phone), null).caseFile();
        assertEquals(inA.getId(), againInA.getRepeatOf().getId(), "A's clerk sees A's case, and only that one");
    }

    @Test
    void sameIdentityNumberInAnotherUnitGivesNoHint() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        String idNumber = uniqueIdNumber();
        cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(1)), tree.get(1).getId(), draft(idNumber, null), null);

        Case inB = cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(2)), tree.get(2).getId(),
                draft(idNumber.toLowerCase(), null), null).caseFile();
        assertNull(inB.getRepeatOf());
        Case again = cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(2)), tree.get(2).getId(),
                draft(idNumber.toLowerCase(), null), null).caseFile();
        assertEquals(inB.getId(), again.getRepeatOf().getId(), "within the unit it sees, the clerk's own repeat is still found (X in either case)");
    }

    @Test
    void aLinkMadeAboveIsNotShownToAReaderWhoSeesOnlyTheNewCase() {
        List<OrgUnit> tree = testUnits.cityDistrictTownship();
        String phone = uniquePhone();
        Caller city = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        Case atCity = cases.register(city, tree.get(0).getId(), draft(null, phone), null).caseFile();
        Case inTownship = cases.register(city, tree.get(2).getId(), draft(null, phone), null).caseFile();
        assertEquals(atCity.getId(), inTownship.getRepeatOf().getId(), "the city saw both and linked them");

        Caller townshipClerk = TestUnits.holding(CoreRoles.CLERK, tree.get(2));
        Case read = cases.get(townshipClerk, inTownship.getId()).caseFile();
        assertNull(read.repeatOfSeenBy(townshipClerk.visibility()), "the township may not see the city's case, so is not shown it");
        assertEquals(atCity.getId(), read.repeatOfSeenBy(city.visibility()).getId());
    }
}
