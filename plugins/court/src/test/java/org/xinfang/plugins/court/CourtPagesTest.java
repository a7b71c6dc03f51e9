package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.plugin.testkit.PluginPagesContract;

/** The page fragments and bundles (checks from the kit) and the labels bean behind the court's menus. */
class CourtPagesTest extends PluginPagesContract {

    CourtPagesTest() {
        super(new CourtPlugin(), locale -> new CourtLabels(() -> locale).getMsg(),
                List.of("originalCaseNumber", "stage", "tribunal", "presidingJudge", "litigationRelated"),
                new Label("court.form.originalCaseNumber", "原审案号", "Original case number"));
    }

    @Test
    void stageChoicesCarryTheEnumAndTheLabelOfTheLocale() {
        CourtLabels labels = new CourtLabels(() -> Locale.ENGLISH);
        assertEquals(CourtStage.values().length, labels.getStages().size());
        assertEquals(CourtStage.RETRIAL, labels.getStages().get(2).getValue());
        assertEquals("Retrial", labels.getStages().get(2).getLabel());
        assertEquals("再审", labels.stagesIn(Locale.CHINA).get(2).getLabel());
    }

    @Test
    void labelsOfStoredValuesFollowTheLocaleOfTheView() {
        CourtLabels chinese = new CourtLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("执行", chinese.stageLabel(CourtStage.ENFORCEMENT));
        assertEquals("", chinese.stageLabel(null));
        assertEquals("是", chinese.yesNo(true));
        assertEquals("", chinese.yesNo(null));
        CourtLabels english = new CourtLabels(() -> Locale.ENGLISH);
        assertEquals("Enforcement", english.stageLabel(CourtStage.ENFORCEMENT));
        assertEquals("No", english.yesNo(false));
        assertEquals("Stage", english.getMsg().getString("court.form.stage"));
    }

    @Test
    void receptionDayMarkersAreListedWithTheSeparatorOfTheLanguage() {
        CourtCaseForm form = new CourtCaseForm();
        form.setLeapfrogVisit(true);
        form.setRepeatVisit(true);
        assertEquals("越级访、重复访", new CourtLabels(() -> Locale.SIMPLIFIED_CHINESE).markers(form));
        assertEquals("Bypassed a level, Repeat visit", new CourtLabels(() -> Locale.ENGLISH).markers(form));
        assertEquals("None", new CourtLabels(() -> Locale.ENGLISH).markers(new CourtCaseForm()));
    }
}
