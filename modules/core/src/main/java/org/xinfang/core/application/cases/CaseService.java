package org.xinfang.core.application.cases;

import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.procedure.IllegalTransitionException;

/** Registering, finding and listing cases, always within what the caller may see. */
public interface CaseService {

    /**
     * Registers a new case in {@code unitId} (the caller's first unit when null), with the agency's
     * form when the unit's agency type has a plugin.
     *
     * @throws InvalidInputException naming each bad field; nothing is saved
     * @throws NotPermittedException when the caller may not register in that unit
     */
    CaseDetails register(Caller caller, Long unitId, Case draft, CaseFormData form);

    /**
     * The case as the caller works on it, or read-only when one of their units sent it on
     * ({@link CaseDetails#followedOnly()}).
     *
     * @throws CaseNotFoundException when the case does not exist or is neither
     */
    CaseDetails get(Caller caller, Long id);

    Page<Case> list(Caller caller, CaseQuery query);

    /**
     * Corrects the subject, content and category of a case the caller may see, provided nobody
     * changed it since {@code expectedVersion} was read.
     *
     * Once a written notice is served, the facts it states (see {@link ServedNotices}) are corrected only by a new
     * step, and a case in a terminal state (declined, concluded) is not corrected at all.
     *
     * @throws EditConflictException when another user saved first; nothing is saved
     * @throws InvalidInputException naming each field a served notice states, or each bad value; nothing is saved
     * @throws IllegalTransitionException when the case is declined, concluded or otherwise closed; nothing is saved
     */
    Case correct(Caller caller, Long id, long expectedVersion, String subject, String content, String category);

    /**
     * What {@link #register} would refuse in {@code draft} and {@code form} for unit {@code unitId} (the
     * caller's own when null), each field named — the unit, the matter, the plugin's form — without
     * registering: for a use case that must refuse bad input even when it registers nothing.
     */
    List<InvalidInputException.FieldProblem> registrationProblems(Caller caller, Long unitId, Case draft, CaseFormData form);

    /**
     * The open cases the caller may see that {@code draft} is about again: the same petitioner (identity
     * or phone number) and a matter that reads the same — where another channel's copy of it belongs.
     * Every one of them, newest first: the one a use case wants (in a given unit, brought online) need
     * not be the newest.
     */
    List<Case> openSameMatters(Caller caller, Case draft);

    /** The written notices served on a case, and so which of its facts a correction may no longer change. */
    ServedNotices served(Case c);
}
