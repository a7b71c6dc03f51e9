package org.xinfang.core.application.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/** A setting's value is checked against that setting's own range, and the refusal names the setting on its key. */
class SettingValueTest {

    private static final SettingDefinition HANDLING = new SettingDefinition("clock.general.handling.days",
            LocalizedText.of("办理时限", "Time limits"), LocalizedText.of("办理期限", "Handling period"), LocalizedText.of("日", "days"),
            60, 1, 120);

    private final InputValidator validator = new InputValidator();

    private List<FieldProblem> problems(Integer value, Locale locale) {
        return validator.problems(new SettingValue(HANDLING, value, locale), HANDLING.key(), locale);
    }

    @Test
    void aValueInRangePasses() {
        assertEquals(List.of(), problems(1, Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), problems(120, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingTheSettingItsRangeAndUnit() {
        assertEquals(List.of(new FieldProblem("clock.general.handling.days", "“办理期限”应在 1 到 120 日之间，您填写的 121 未保存。")),
                problems(121, Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(new FieldProblem("clock.general.handling.days",
                        "\"Handling period\" must lie between 1 and 120 days; the value 0 was not saved.")),
                problems(0, Locale.ENGLISH));
    }

    @Test
    void noValueIsOutOfRange() {
        assertEquals(1, problems(null, Locale.SIMPLIFIED_CHINESE).size());
    }
}
