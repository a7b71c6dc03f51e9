package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.plugin.testkit.PluginPagesContract;

/** The page fragments and bundles (checks from the kit) and the labels bean behind the bureau's menus. */
class PersonnelPagesTest extends PluginPagesContract {

    PersonnelPagesTest() {
        super(new PersonnelPlugin(), PersonnelLabels::bundle, List.of("businessCategory", "addressedToHead"),
                new Label("personnel.form.businessCategory", "业务类别", "Business category"));
    }

    @Test
    void categoryChoicesCarryTheEnumAndTheLabelOfTheLocale() {
        PersonnelLabels english = new PersonnelLabels(() -> Locale.ENGLISH);
        assertEquals(BusinessCategory.values().length, english.getCategories().size());
        assertEquals(BusinessCategory.TITLE, english.getCategories().get(2).getValue());
        assertEquals("Professional titles", english.getCategories().get(2).getLabel());
        assertEquals("职称", new PersonnelLabels(() -> Locale.SIMPLIFIED_CHINESE).getCategories().get(2).getLabel());
    }

    @Test
    void labelsOfStoredValuesFollowTheLocaleOfTheView() {
        PersonnelLabels chinese = new PersonnelLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("档案", chinese.categoryLabel(BusinessCategory.ARCHIVES));
        assertEquals("", chinese.categoryLabel(null));
        assertEquals("是", chinese.yesNo(true));
        PersonnelLabels english = new PersonnelLabels(() -> Locale.ENGLISH);
        assertEquals("Personnel archives", english.categoryLabel(BusinessCategory.ARCHIVES));
        assertEquals("No", english.yesNo(false));
        assertEquals("", english.yesNo(null));
    }
}
