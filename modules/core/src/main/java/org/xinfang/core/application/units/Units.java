package org.xinfang.core.application.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.event.UnitMoved;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * The organisation tree, run by an administrator without touching the database: units are created
 * under a parent (or as a new root), renamed, and moved with everything below them. A move rewrites
 * the materialised path of the unit and of its whole subtree in one transaction — every case query
 * scopes by that path, so the cases follow at once — and announces {@link UnitMoved} for the plugins
 * that keep paths of their own. Every change is audited.
 *
 * <p>Locks: a change locks the rows it builds on (a parent, the moved unit and its new parent, in id
 * order) before reading them, then a move locks the subtree; a unit created under a moving subtree
 * therefore waits for the move and takes its parent's new path.
 */
@ApplicationScoped
public class Units {

    @Inject
    private OrgUnitRepository units;

    @Inject
    private Clock clock;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private InputValidator validator;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<UnitMoved> movedEvents;

    /** Every unit, parents before children (administrators only). */
    @Transactional
    public List<OrgUnit> all(Caller admin) {
        NotPermittedException.unlessAdmin(admin, "unit.adminOnly");
        List<OrgUnit> all = units.findAll().stream().sorted(CallerUnits.TREE_ORDER).toList();
        all.forEach(Units::withParent);
        return all;
    }

    /** One unit (administrators only). */
    @Transactional
    public OrgUnit one(Caller admin, Long unitId) {
        NotPermittedException.unlessAdmin(admin, "unit.adminOnly");
        return withParent(existing(admin, unitId));
    }

    /** The agency types a unit may have: the general one of the petition bureaus, then each installed plugin's (administrators only). */
    public List<String> agencyTypes(Caller admin) {
        NotPermittedException.unlessAdmin(admin, "unit.adminOnly");
        return installedAgencyTypes();
    }

    private List<String> installedAgencyTypes() {
        List<String> types = new ArrayList<>(List.of(OrgUnit.GENERAL_AGENCY));
        plugins.plugins().forEach(p -> types.add(p.id()));
        return types;
    }

    /**
     * Creates a unit under its parent, or a new root when no parent is given.
     *
     * @throws InvalidInputException naming every field at fault: a code or short name taken, an agency type not installed,
     *                               a parent that does not exist included
     */
    @Transactional
    public OrgUnit create(Caller admin, NewUnit input) {
        NotPermittedException.unlessAdmin(admin, "unit.adminOnly");
        Locale locale = admin.locale();
        List<FieldProblem> problems = new ArrayList<>(validator.problems(input, "", locale));
        String code = input.code() == null ? "" : input.code().strip();
        if (!code.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("code")) && units.findByCode(code).isPresent()) {
            problems.add(new FieldProblem("code", Messages.get(locale, "unit.code.taken", code)));
        }
        if (problems.stream().noneMatch(p -> p.field().equals("shortName"))) {
            shortNameTaken(input.names(), null, locale).ifPresent(problems::add);
        }
        if (input.agencyType() != null && !input.agencyType().isBlank() && !installedAgencyTypes().contains(input.agencyType())) {
            problems.add(new FieldProblem("agencyType", Messages.get(locale, "unit.agencyType.unknown", input.agencyType(), agencyList(locale))));
        }
        OrgUnit parent = null;
        if (input.parentId() != null) {
            parent = units.lock(List.of(input.parentId())).stream().findFirst().orElse(null);
            if (parent == null) {
                problems.add(new FieldProblem("parentId", Messages.get(locale, "unit.notFound", String.valueOf(input.parentId()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UnitNames names = input.names();
        OrgUnit unit = new OrgUnit(code, names.strippedName(), names.strippedShortName(), input.level(), input.agencyType(), parent);
        unit.setSealText(names.strippedSealText());
        unit.establishedOn(LocalDate.now(clock));
        units.add(unit);
        audit.record(admin.username(), CoreAuditAction.UNIT_CREATED, "OrgUnit", unit.getId(), unit.getId(),
                unit.getCode() + " " + unit.getName() + (parent == null ? "" : " @ " + parent.getName()));
        return unit;
    }

    /**
     * Renames a unit as read at {@code expectedVersion}: name, short name and seal text.
     *
     * @throws InvalidInputException naming {@code shortName} when another unit has it
     * @throws EditConflictException when someone changed or moved it since
     */
    @Transactional
    public OrgUnit rename(Caller admin, Long unitId, long expectedVersion, UnitNames names) {
        NotPermittedException.unlessAdmin(admin, "unit.adminOnly");
        validator.check(names, admin.locale());
        OrgUnit unit = existing(admin, unitId);
        requireVersion(admin, unit, expectedVersion);
        shortNameTaken(names, unitId, admin.locale()).ifPresent(taken -> {
            throw new InvalidInputException(List.of(taken));
        });
        String before = unit.getName() + " / " + unit.getShortName() + " / " + unit.getSealText();
        unit.rename(names.strippedName(), names.strippedShortName(), names.strippedSealText());
        flush(admin, unit);
        audit.record(admin.username(), CoreAuditAction.UNIT_RENAMED, "OrgUnit", unit.getId(), unit.getId(),
                before + " → " + unit.getName() + " / " + unit.getShortName() + " / " + unit.getSealText());
        return withParent(unit);
    }

    /**
     * Moves a unit, as read at {@code expectedVersion}, with its whole subtree under {@code parentId}:
     * every path below it is rewritten, and the plugins hear of it before the transaction ends.
     *
     * @throws InvalidInputException naming {@code parentId}: missing, unknown, the unit itself or a unit below it,
     *                               or the parent it already has
     * @throws EditConflictException when someone changed or moved it since
     */
    @Transactional
    public OrgUnit move(Caller admin, Long unitId, long expectedVersion, Long parentId) {
        NotPermittedException.unlessAdmin(admin, "unit.adminOnly");
        Locale locale = admin.locale();
        if (parentId == null) {
            throw InvalidInputException.of("parentId", Messages.get(locale, "unit.move.parentRequired"));
        }
        List<OrgUnit> locked = units.lock(Stream.of(unitId, parentId).distinct().toList());
        OrgUnit unit = locked.stream().filter(u -> u.getId().equals(unitId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(Messages.get(locale, "unit.notFound", String.valueOf(unitId))));
        requireVersion(admin, unit, expectedVersion);
        OrgUnit parent = locked.stream().filter(u -> u.getId().equals(parentId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("parentId", Messages.get(locale, "unit.notFound", String.valueOf(parentId))));
        if (unit.contains(parent)) {
            throw InvalidInputException.of("parentId", Messages.get(locale, "unit.move.intoOwnSubtree", unit.getName(), parent.getName()));
        }
        OrgUnit oldParent = unit.getParent();
        if (oldParent != null && oldParent.getId().equals(parentId)) {
            throw InvalidInputException.of("parentId", Messages.get(locale, "unit.move.alreadyThere", unit.getName(), parent.getName()));
        }
        String oldPath = unit.getPath();
        List<OrgUnit> subtree = units.lockSubtree(oldPath);
        String newPath = parent.getPath() + unit.getId() + "/";
        int deepest = subtree.stream().mapToInt(u -> u.getPath().length()).max().orElse(oldPath.length());
        if (deepest - oldPath.length() + newPath.length() > OrgUnit.LONGEST_PATH) {
            throw InvalidInputException.of("parentId", Messages.get(locale, "unit.move.tooDeep", unit.getName(), parent.getName()));
        }
        unit.moveUnder(parent);
        subtree.stream().filter(u -> u != unit).forEach(u -> u.reroot(oldPath, newPath));
        flush(admin, unit);
        audit.record(admin.username(), CoreAuditAction.UNIT_MOVED, "OrgUnit", unit.getId(), unit.getId(),
                unit.getName() + ": " + (oldParent == null ? "—" : oldParent.getName()) + " → " + parent.getName()
                        + " (" + oldPath + " → " + newPath + ", " + subtree.size() + ")");
        movedEvents.fire(new UnitMoved(unit.getId(), oldPath, newPath, admin.username()));
        return unit;
    }

    /**
     * The short name of {@code names} held by a unit other than {@code unitId}: case and notice numbers are
     * built from it (东关〔2026〕第00001号), so two units sharing one would issue the same numbers. The
     * database's unique index stands behind this check for two administrators saving at once.
     */
    private Optional<FieldProblem> shortNameTaken(UnitNames names, Long unitId, Locale locale) {
        String shortName = names.shortName() == null ? "" : names.strippedShortName();
        return shortName.isEmpty() ? Optional.empty() : units.findByShortName(shortName)
                .filter(other -> !other.getId().equals(unitId))
                .map(other -> new FieldProblem("shortName", Messages.get(locale, "unit.shortName.taken", shortName, other.getName())));
    }

    /** The unit with its parent read, for pages and answers that name the parent after the transaction. */
    private static OrgUnit withParent(OrgUnit unit) {
        if (unit.getParent() != null) {
            unit.getParent().getName();
        }
        return unit;
    }

    private OrgUnit existing(Caller admin, Long unitId) {
        return units.find(unitId).orElseThrow(() -> new RecordNotFoundException(Messages.get(admin.locale(), "unit.notFound", String.valueOf(unitId))));
    }

    private void requireVersion(Caller admin, OrgUnit unit, long expectedVersion) {
        if (unit.getVersion() != expectedVersion) {
            throw conflict(admin, unit);
        }
    }

    private void flush(Caller admin, OrgUnit unit) {
        try {
            units.flush();
        } catch (OptimisticLockException concurrentWriter) {
            throw conflict(admin, unit);
        }
    }

    private static EditConflictException conflict(Caller admin, OrgUnit unit) {
        return new EditConflictException(Messages.get(admin.locale(), "unit.conflict", unit.getName()));
    }

    /** The agency types as the administrator reads them: 信访部门 (general), 纪检监察 (discipline), … */
    private String agencyList(Locale locale) {
        return installedAgencyTypes().stream().map(t -> plugins.agencyLabel(t, locale) + " (" + t + ")").collect(Collectors.joining(", "));
    }
}
