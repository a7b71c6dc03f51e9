package org.xinfang.plugins.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.plugin.testkit.PluginPagesContract;

/** The page fragments and bundles (checks from the kit) and the labels bean behind the committee's menus. */
class DisciplinePagesTest extends PluginPagesContract {

    DisciplinePagesTest() {
        super(new DisciplinePlugin(), locale -> new DisciplineLabels(() -> locale).getMsg(),
                List.of("category", "signed", "aboutUnitHead", "subjectName", "subjectUnit", "subjectPost", "subjectRank"),
                new Label("discipline.form.subjectName", "被反映人姓名", "Subject's name"));
    }

    @Test
    void menuChoicesCarryTheEnumAndTheLabelOfTheLocale() {
        DisciplineLabels english = new DisciplineLabels(() -> Locale.ENGLISH);
        assertEquals(ReportCategory.values().length, english.getCategories().size());
        assertEquals(ReportCategory.COMPLAINT, english.getCategories().get(1).getValue());
        assertEquals("Complaint", english.getCategories().get(1).getLabel());
        assertEquals(SubjectRank.values().length, english.getRanks().size());
        assertEquals(SubjectRank.COUNTY, english.getRanks().get(2).getValue());
        DisciplineLabels chinese = new DisciplineLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("控告", chinese.getCategories().get(1).getLabel());
        assertEquals("县处级", chinese.getRanks().get(2).getLabel());
    }

    @Test
    void labelsOfStoredValuesFollowTheLocaleOfTheView() {
        DisciplineLabels chinese = new DisciplineLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("申诉", chinese.categoryLabel(ReportCategory.APPEAL));
        assertEquals("厅局级", chinese.rankLabel(SubjectRank.BUREAU));
        assertEquals("", chinese.categoryLabel(null));
        assertEquals("", chinese.rankLabel(null));
        assertEquals("否", chinese.yesNo(false));
        DisciplineLabels english = new DisciplineLabels(() -> Locale.ENGLISH);
        assertEquals("Appeal", english.categoryLabel(ReportCategory.APPEAL));
        assertEquals("Yes", english.yesNo(true));
        assertEquals("", english.yesNo(null));
    }
}
