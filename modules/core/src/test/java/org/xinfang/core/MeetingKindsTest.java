package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.MeetingKind;
import org.xinfang.core.application.prevention.MeetingKinds;
import org.xinfang.core.domain.model.unit.OrgUnit;

/** Every unit has the analysis meeting; a unit of a plugin's agency type has that plugin's kinds too, and no other plugin's. */
class MeetingKindsTest {

    private static final MeetingKind JOINT = new MeetingKind("court.joint", LocalizedText.of("联席会议", "Joint meeting"), true, false);
    private static final MeetingKind LEADERS = new MeetingKind("company.leaders", LocalizedText.of("两级领导班子碰头会", "Leaders' meeting"), false, true);

    private final List<AgencyPlugin> plugins = List.of(PluginValidatorTest.Plugin.sound("court").withMeetingKinds(JOINT),
            PluginValidatorTest.Plugin.sound("company").withMeetingKinds(LEADERS), PluginValidatorTest.Plugin.sound("discipline"));

    @Test
    void aUnitHasTheAnalysisMeetingFirstThenItsOwnAgencysKinds() {
        assertEquals(List.of(MeetingKinds.ANALYSIS, JOINT), MeetingKinds.availableTo(plugins, "court"));
        assertEquals(List.of(MeetingKinds.ANALYSIS, LEADERS), MeetingKinds.availableTo(plugins, "company"));
        assertEquals(List.of(MeetingKinds.ANALYSIS), MeetingKinds.availableTo(plugins, "discipline"), "a plugin that declares none");
        assertEquals(List.of(MeetingKinds.ANALYSIS), MeetingKinds.availableTo(plugins, OrgUnit.GENERAL_AGENCY), "a petition bureau");
    }

    @Test
    void aListOfSeveralUnitsIsNarrowedOnlyToTheKindsTheirAgenciesRecord() {
        assertEquals(List.of(MeetingKinds.ANALYSIS, JOINT), MeetingKinds.recordedByAny(plugins, Set.of("court", OrgUnit.GENERAL_AGENCY)),
                "a court and a bureau are offered no company's 碰头会");
        assertEquals(List.of(MeetingKinds.ANALYSIS, JOINT, LEADERS), MeetingKinds.recordedByAny(plugins, Set.of("company", "court")));
        assertEquals(List.of(MeetingKinds.ANALYSIS), MeetingKinds.recordedByAny(plugins, Set.of()));
    }

    @Test
    void theAnalysisMeetingIsMonthlyAndRecordsNoOutsideBodies() {
        assertEquals("analysis", MeetingKinds.ANALYSIS.code());
        assertTrue(MeetingKinds.ANALYSIS.monthly());
        assertEquals(false, MeetingKinds.ANALYSIS.outsideBodies());
    }

    @Test
    void anyInstalledKindIsFoundByCodeAndAnUnknownOneIsNot() {
        assertEquals(Optional.of(LEADERS), MeetingKinds.find(plugins, "company.leaders"));
        assertEquals(Optional.of(MeetingKinds.ANALYSIS), MeetingKinds.find(plugins, "analysis"));
        assertEquals(Optional.empty(), MeetingKinds.find(plugins, "court.hearing"));
    }
}
