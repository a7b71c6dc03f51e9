package org.xinfang.api.procedure;

import org.xinfang.api.procedure.ClockDeclaration;
import java.util.Objects;
import org.xinfang.api.model.DayCount;
import org.xinfang.api.model.LocalizedText;

/**
 * A statutory period a procedure keeps, e.g. "decide within 60 days of acceptance".
 *
 * <p>{@code days} is the statutory default; the administrator may change it (setting
 * {@code clock.<procedure>.<name>.days}, and {@code …maxExtensionDays} for the extension). {@code maxExtensionDays} is how far one approved
 * extension may push it (0: cannot be extended). A clock whose {@code dueDateGiven} is true takes
 * its due date from the step that starts it (a 交办 names its report-back date). A procedure that
 * extends another may redeclare a clock of the same name to count it differently (the discipline
 * committee's intake runs in working days).
 */
public record ClockDeclaration(String name, LocalizedText label, int days, DayCount count, int maxExtensionDays,
                               boolean startsAtRegistration, boolean dueDateGiven) {

    public ClockDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(count, "count");
        if (days < 0 || maxExtensionDays < 0) {
            throw new IllegalArgumentException("Clock " + name + ": days must not be negative");
        }
    }

    /** A period of {@code days} counted as {@code count}, started by a transition. */
    public static ClockDeclaration of(String name, String zh, String en, int days, DayCount count) {
        return new ClockDeclaration(name, LocalizedText.of(zh, en), days, count, 0, false, false);
    }

    public ClockDeclaration extendableBy(int maxDays) {
        return new ClockDeclaration(name, label, days, count, maxDays, startsAtRegistration, dueDateGiven);
    }

    public ClockDeclaration startingAtRegistration() {
        return new ClockDeclaration(name, label, days, count, maxExtensionDays, true, dueDateGiven);
    }

    public ClockDeclaration withGivenDueDate() {
        return new ClockDeclaration(name, label, days, count, maxExtensionDays, startsAtRegistration, true);
    }

    /** The settings key of its length in days. */
    public String settingKey(String procedureId) {
        return "clock." + procedureId + "." + name + ".days";
    }

    /** The settings key of the longest extension it allows. */
    public String extensionSettingKey(String procedureId) {
        return "clock." + procedureId + "." + name + ".maxExtensionDays";
    }
}
