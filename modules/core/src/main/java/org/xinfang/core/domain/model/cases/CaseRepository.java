package org.xinfang.core.domain.model.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Visibility;
import org.xinfang.api.plugin.CaseFormData;

/**
 * Cases, always seen through a {@link Visibility}: no method returns a case outside the caller's
 * unit subtrees.
 */
public interface CaseRepository {

    /** How many matters the installation holds, in every unit. */
    long countAll();


    Optional<Case> find(Long id, Visibility visibility);

    /**
     * A case that units within the caller's subtrees sent on to another unit (转送, 交办, a review
     * upward): they keep read-only sight of it wherever it went.
     */
    Optional<Case> findFollowed(Long id, Visibility visibility);

    /** A page of the list; {@code dates} tells what today and "soon" are for the query's {@code due} filter. */
    Page<Case> list(CaseQuery query, CaseQuery.DueDates dates, Visibility visibility);

    Case add(Case caseFile);

    /**
     * The cases of {@code agencyType} whose number a unit's series gave (it registered them), received
     * between the two days inclusive, wherever they are now, oldest received first. Unscoped: the use
     * case keeps those the caller sees or follows.
     */
    List<Case> registeredBy(Long unitId, String agencyType, LocalDate from, LocalDate to);

    /**
     * The latest cases (at most {@code limit}, newest first) the caller may see with a petitioner of one
     * of these identity or phone match keys (see {@code MatchKeys}): a repeated filing is recognised
     * wherever the first one was made within the caller's units, and a case outside them is never
     * found, so that registering with a number tells nothing about cases elsewhere.
     */
    List<Case> ofPetitioner(Set<String> idNumberKeys, Set<String> phoneKeys, Visibility visibility, int limit);

    /**
     * The cases among {@code ids} whose identities are sealed, wherever they are: used only to hide
     * those identities where they appear outside the case (a meeting's record), never to show a case.
     */
    List<Case> sealedAmong(Collection<Long> ids);

    /** Stores a case's plugin form; its case id is set. */
    CaseFormData addForm(CaseFormData form);

    /** The plugin form of a case, of the plugin's form entity. */
    <F extends CaseFormData> Optional<F> form(Class<F> entity, Long caseId);

    /**
     * Writes pending changes now, so that a case changed by someone else since it was read fails here
     * with an {@code OptimisticLockException}, before anything is built on the change.
     */
    void flush();

    /** The ids of the cases registered in a unit, in order: the demo data's references to them. */
    List<Long> idsInUnit(Long unitId);

    /** The latest cases (at most {@code limit}, newest first) of one agency type within the caller's units, with their units. */
    List<Case> ofAgency(String agencyType, Visibility visibility, int limit);

    /**
     * The cases the caller sees that have a running clock (not paused, not stopped) due on or before
     * {@code until}, each once with its earliest such due date, the earliest first.
     */
    List<DueCase> runningDueBy(LocalDate until, Visibility visibility);

    /** The cases among {@code ids} that the caller sees, with their units. */
    List<Case> among(Collection<Long> ids, Visibility visibility);

    /**
     * The cases the caller sees that lie under one of {@code where}'s units in one of its states, the
     * longest received first (at most {@code limit}), with their total.
     */
    Page<Case> inStates(List<StatesUnder> where, Visibility visibility, int limit);

    /**
     * The caller's figures: cases not in a {@code finished} state, cases received from {@code from} to
     * {@code to}, and cases whose history has a step into a {@code finished} state in those days.
     */
    CaseFigures figures(AgencyStates finished, LocalDate from, LocalDate to, Visibility visibility);
}
