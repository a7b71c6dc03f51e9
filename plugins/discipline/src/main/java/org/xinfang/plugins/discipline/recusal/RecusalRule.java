package org.xinfang.plugins.discipline.recusal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.kernel.Texts;

/**
 * The rule of 回避, in one place: a person stands aside from a report when they are the accused, when
 * they hold a post in the accused's unit (the unit of the tree recorded for the report, or a unit of
 * theirs whose name is the one the report gives), or when they declared a conflict on it.
 *
 * <p>Names are compared without spaces: the accused's name is typed by the clerk from the report.
 * Only the accused's own unit counts, not the units above it: the city committee's staff investigate
 * the townships below them; that is what the committee is for.
 */
public final class RecusalRule {

    /** A reason to stand aside, worded for the duty refused. */
    public record Recusal(Ground ground, String personName, String detail) {

        /** The ground alone (在被反映人所在单位城关镇纪委任职), for refusing something other than a duty. */
        public String groundText(Locale locale) {
            return Texts.get(locale, "discipline.recusal.groundShort." + ground.name(), detail == null ? "" : detail);
        }

        public String message(Locale locale, Duty duty) {
            return Texts.get(locale, "discipline.recusal.ground." + ground.name(), personName,
                    Texts.get(locale, "discipline.recusal.duty." + duty.name()), detail == null ? "" : detail);
        }
    }

    private RecusalRule() {
    }

    /** The first ground on which {@code person} must stand aside from a report about {@code accused}, if any. */
    public static Optional<Recusal> check(Person person, Accused accused, List<ConflictDeclaration> declared) {
        if (accused.name() != null && same(person.name(), accused.name())) {
            return Optional.of(new Recusal(Ground.IS_ACCUSED, person.name(), accused.name()));
        }
        for (Organisation.Unit unit : person.units()) {
            boolean recordedUnit = accused.unit() != null && accused.unit().id() == unit.id();
            boolean namedUnit = accused.unitText() != null && (same(unit.name(), accused.unitText()));
            if (recordedUnit || namedUnit) {
                return Optional.of(new Recusal(Ground.FROM_ACCUSED_UNIT, person.name(), unit.name()));
            }
        }
        for (ConflictDeclaration declaration : declared) {
            if (declaration.concerns(person)) {
                return Optional.of(new Recusal(Ground.DECLARED, person.name(), declaration.getReason()));
            }
        }
        return Optional.empty();
    }

    static boolean same(String a, String b) {
        return a != null && b != null && squeeze(a).equals(squeeze(b)) && !squeeze(a).isEmpty();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
