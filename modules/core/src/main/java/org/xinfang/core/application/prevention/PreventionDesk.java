package org.xinfang.core.application.prevention;

import static org.xinfang.core.domain.model.user.CoreRoles.CLERK;
import static org.xinfang.core.domain.model.user.CoreRoles.LEADER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * Who may record a unit's prevention work and whose records a caller reads: the clerks and leaders
 * holding that role in the unit itself record (a unit above does not write for it); the unit and
 * every unit above it read. One rule for assessments and meetings alike.
 */
@ApplicationScoped
public class PreventionDesk {

    private static final Set<String> DESK = Set.of(CLERK, LEADER);

    @Inject
    private OrgUnitRepository units;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private Procedures procedures;

    /** The units the caller keeps the desk of, in tree order: where they may record. */
    @Transactional
    public List<OrgUnit> deskUnits(Caller caller) {
        return callerUnits.granted(caller).stream().filter(u -> keepsDesk(caller, u)).sorted(CallerUnits.TREE_ORDER).toList();
    }

    /** The units the caller sees, in tree order: what a list may be narrowed to. */
    @Transactional
    public List<OrgUnit> seenUnits(Caller caller) {
        return units.findAll().stream().filter(u -> caller.visibility().sees(u.getPath())).sorted(CallerUnits.TREE_ORDER).toList();
    }

    public boolean keepsDesk(Caller caller, OrgUnit unit) {
        return procedures.holdsIn(caller, unit, DESK);
    }

    /**
     * The unit a record is made in: the one asked for, or the caller's first desk when none is.
     *
     * @throws NotPermittedException unless the caller is a clerk or leader of that unit
     */
    public OrgUnit recordingUnit(Caller caller, Long unitId) {
        if (unitId == null) {
            return deskUnits(caller).stream().findFirst()
                    .orElseThrow(() -> new NotPermittedException(Messages.get(caller.locale(), "prevention.noDesk")));
        }
        OrgUnit unit = units.find(unitId).orElse(null);
        if (unit == null || !keepsDesk(caller, unit)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "prevention.notDesk", unit == null ? String.valueOf(unitId) : unit.getName()));
        }
        return unit;
    }

    /** @throws NotPermittedException unless the caller is a clerk or leader of {@code unit} */
    public void requireDesk(Caller caller, OrgUnit unit) {
        if (!keepsDesk(caller, unit)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "prevention.notDesk", unit.getName()));
        }
    }

    /**
     * The subtrees a list reads: the unit asked for (which the caller must see), else all the caller sees.
     *
     * @throws InvalidInputException naming {@code unitId} when the caller does not see that unit
     */
    public Collection<String> scope(Caller caller, Long unitId) {
        return unitId == null ? caller.visibility().unitPaths() : List.of(seenUnit(caller, unitId).getPath());
    }

    /**
     * A unit the caller sees, as a list or an export is asked for.
     *
     * @throws InvalidInputException naming {@code unitId} when there is none such the caller sees
     */
    public OrgUnit seenUnit(Caller caller, Long unitId) {
        return units.find(unitId).filter(u -> caller.visibility().sees(u.getPath()))
                .orElseThrow(() -> InvalidInputException.of("unitId", Messages.get(caller.locale(), "prevention.unit.notSeen", unitId)));
    }

    /** The unit a ledger is titled with: the one asked for, else the caller's first unit. */
    public OrgUnit ledgerUnit(Caller caller, Long unitId) {
        if (unitId != null) {
            return seenUnit(caller, unitId);
        }
        return callerUnits.granted(caller).stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("unitId", Messages.get(caller.locale(), "prevention.unit.required")));
    }

    /** @throws InvalidInputException naming {@code to} when the period ends before it begins */
    public static void requireOrdered(Caller caller, java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", Messages.get(caller.locale(), "prevention.period.order", from, to));
        }
    }
}
