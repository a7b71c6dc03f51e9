package org.xinfang.core.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.CaseDocumentRepository;
import org.xinfang.core.domain.model.document.DocumentKind;
import java.util.Comparator;
import org.xinfang.core.application.supervision.SupervisionSettings;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.cases.MatterSimilarity;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.domain.model.numbering.NumberSeries;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.application.kernel.CoreAuditAction;
import jakarta.enterprise.event.Event;
import org.xinfang.api.event.CaseRegistered;

@ApplicationScoped
@Transactional
public class DefaultCaseService implements CaseService {

    @Inject
    private CaseRepository cases;

    @Inject
    private Event<CaseRegistered> registeredEvents;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private NumberSeries numbers;

    @Inject
    private ProcedureEngine engine;

    @Inject
    private CaseConflicts conflicts;

    @Inject
    private Procedures procedures;

    @Inject
    private CaseDocumentRepository documents;

    /** How many of a petitioner's latest cases are compared with a new filing. */
    private static final int REPEAT_CANDIDATES = 50;

    /** How long after a case closed a new filing of the same matter still counts as its repeat. */
    static final int RECENT_DAYS = 365;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private InputValidator validator;

    @Inject
    private AuditLog audit;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private Clock clock;


    @Inject
    private SupervisionSettings supervisionSettings;

    @Override
    public CaseDetails register(Caller caller, Long unitId, Case draft, CaseFormData form) {
        Long target = unitId != null ? unitId : caller.homeUnitId();
        if (target == null) {
            throw InvalidInputException.of("unitId", Messages.get(caller.locale(), "case.unit.required"));
        }
        OrgUnit unit = units.find(target)
                .orElseThrow(() -> InvalidInputException.of("unitId", Messages.get(caller.locale(), "case.unit.unknown", target)));
        if (!callerUnits.mayRegisterIn(caller, unit)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "case.register.notPermitted", unit.getName()));
        }
        Optional<AgencyPlugin> plugin = plugins.find(unit.getAgencyType());
        List<FieldProblem> problems = contentProblems(caller, unit, draft, form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        LocalDateTime now = LocalDateTime.now(clock);
        findRepeatOf(caller, draft, now).ifPresent(draft::markRepeatOf);
        if (filedAboveCompetentLevel(unit, draft.getConcernedUnit())) {
            draft.markAboveCompetentLevel();
        }
        int year = now.getYear();
        int sequence = numbers.next(unit, year, NumberSeries.CASES);
        draft.register(unit, year, sequence, CaseNumbers.format(unit, year, sequence), caller.username(), now);
        disclosure.seal(draft, plugin, form);
        cases.add(draft);
        cases.flush();
        CaseFormData savedForm = null;
        if (plugin.isPresent()) {
            form.setCaseId(draft.getId());
            cases.addForm(form);
            savedForm = form;
        }
        engine.registered(draft, savedForm);
        audit.record(caller.username(), CoreAuditAction.CASE_REGISTERED, "Case", draft.getId(), unit.getId(),
                draft.getNumber() + " " + disclosure.redact(draft, draft.getSubject()));
        registeredEvents.fire(new CaseRegistered(draft.getId(), draft.getNumber(), draft.getAgencyType(), unit.getId(),
                caller.username()));
        return new CaseDetails(draft, savedForm);
    }

    /**
     * The earlier case this filing repeats: one the caller may see, of the same petitioner (identity or
     * phone number, compared by match key), whose matter reads the same. A concluded case comes first
     * (the filing is then not accepted again); else the newest one still open or closed within the last
     * {@value #RECENT_DAYS} days. Cases the caller may not see are never candidates: the link, its number
     * and even the flag would tell the clerk that the person went elsewhere (to the discipline
     * commission, say).
     */
    private Optional<Case> findRepeatOf(Caller caller, Case draft, LocalDateTime now) {
        List<Case> same = sameMatter(caller, draft);
        Optional<Case> concluded = same.stream().filter(c -> GeneralProcedure.CONCLUDED.equals(c.getStatus())).findFirst();
        if (concluded.isPresent()) {
            return concluded;
        }
        LocalDateTime recent = now.minusDays(RECENT_DAYS);
        return same.stream().filter(c -> !isFinished(c) || c.getUpdatedAt().isAfter(recent)).findFirst();
    }

    /** The cases the caller may see of the same petitioner (identity or phone, by match key) whose matter reads the same. */
    private List<Case> sameMatter(Caller caller, Case draft) {
        Set<String> ids = new HashSet<>();
        Set<String> phones = new HashSet<>();
        draft.getParties().stream().filter(p -> p.getRole() == PartyRole.PETITIONER).forEach(p -> {
            Optional.ofNullable(MatchKeys.ofIdNumber(p.getIdNumber())).ifPresent(ids::add);
            Optional.ofNullable(MatchKeys.ofPhone(p.getPhone())).ifPresent(phones::add);
        });
        String matter = MatterSimilarity.matterOf(draft);
        return cases.ofPetitioner(ids, phones, caller.visibility(), REPEAT_CANDIDATES).stream()
                .filter(earlier -> MatterSimilarity.of(matter, MatterSimilarity.matterOf(earlier)) >= MatterSimilarity.SAME_MATTER)
                .toList();
    }

    @Override
    @Transactional
    public List<Case> openSameMatters(Caller caller, Case draft) {
        return sameMatter(caller, draft).stream().filter(c -> !isFinished(c)).toList();
    }

    private boolean isFinished(Case c) {
        return procedures.of(c.getAgencyType()).state(c.getStatus()).map(StateDeclaration::terminal).orElse(false);
    }

    /** 越级: filed at a unit two or more levels above the body the matter concerns (the competent level is that body or the one above). */
    static boolean filedAboveCompetentLevel(OrgUnit filedAt, OrgUnit concerned) {
        return concerned != null && filedAt.contains(concerned) && concerned.getDepth() - filedAt.getDepth() >= 2;
    }

    @Override
    public List<FieldProblem> registrationProblems(Caller caller, Long unitId, Case draft, CaseFormData form) {
        Long target = unitId != null ? unitId : caller.homeUnitId();
        Optional<OrgUnit> unit = target == null ? Optional.empty() : units.find(target);
        if (unit.isPresent()) {
            return contentProblems(caller, unit.get(), draft, form);
        }
        List<FieldProblem> problems = new ArrayList<>(List.of(new FieldProblem("unitId", target == null
                ? Messages.get(caller.locale(), "case.unit.required") : Messages.get(caller.locale(), "case.unit.unknown", target))));
        problems.addAll(validator.problems(draft, "", caller.locale()));
        return problems;
    }

    /** The draft's problems and its plugin form's, for registration in {@code unit}. */
    private List<FieldProblem> contentProblems(Caller caller, OrgUnit unit, Case draft, CaseFormData form) {
        List<FieldProblem> problems = new ArrayList<>(validator.problems(draft, "", caller.locale()));
        problems.addAll(formProblems(caller, unit, plugins.find(unit.getAgencyType()), form));
        return problems;
    }

    private List<FieldProblem> formProblems(Caller caller, OrgUnit unit, Optional<AgencyPlugin> plugin, CaseFormData form) {
        if (plugin.isEmpty()) {
            return List.of();
        }
        if (form == null) {
            return List.of(new FieldProblem("form", Messages.get(caller.locale(), "case.form.required", unit.getName())));
        }
        if (!plugin.get().caseForm().entity().isInstance(form)) {
            return List.of(new FieldProblem("form", Messages.get(caller.locale(), "case.form.wrongType", unit.getName())));
        }
        return validator.problems(form, "form.", caller.locale());
    }

    @Override
    public CaseDetails get(Caller caller, Long id) {
        Optional<Case> worked = cases.find(id, caller.visibility());
        Case found = worked.or(() -> cases.findFollowed(id, caller.visibility())).orElseThrow(() -> new CaseNotFoundException(id));
        found.loadForDisplay();
        CaseFormData form = plugins.find(found.getAgencyType())
                .flatMap(p -> cases.form(p.caseForm().entity(), found.getId()).map(CaseFormData.class::cast))
                .orElse(null);
        return new CaseDetails(found, form, worked.isEmpty());
    }

    @Override
    public Page<Case> list(Caller caller, CaseQuery query) {
        Page<Case> page = cases.list(query, supervisionSettings.dueDates(LocalDate.now(clock)), caller.visibility());
        page.items().forEach(Case::loadForDisplay);
        return page;
    }

    @Override
    public Case correct(Caller caller, Long id, long expectedVersion, String subject, String content, String category) {
        Case found = cases.find(id, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(id));
        if (!procedures.worksOn(caller, found.getUnit())) {
            throw new NotPermittedException(Messages.get(caller.locale(), "case.correct.notPermitted", found.getNumber()));
        }
        if (found.getVersion() != expectedVersion) {
            throw conflict(caller, found);
        }
        // Checked before anything is set, so that a refused correction leaves the case as it was.
        EffectiveProcedure procedure = procedures.of(found.getAgencyType());
        Optional<StateDeclaration> state = procedure.state(found.getStatus());
        if (state.isPresent() && state.get().terminal()) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), "case.correct.closed", found.getNumber(),
                    state.get().label().in(caller.locale())));
        }
        List<FieldProblem> fixed = served(found).refusals(caller.locale(),
                new ServedNotices.Facts(found.getSubject(), found.getContent(), found.getCategory()),
                new ServedNotices.Facts(subject, content, category));
        if (!fixed.isEmpty()) {
            throw new InvalidInputException(fixed);
        }
        found.setSubject(subject);
        found.setContent(content);
        found.setCategory(category);
        List<FieldProblem> problems = validator.problems(found, "", caller.locale());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        disclosure.protectTexts(found);
        found.touch(caller.username(), LocalDateTime.now(clock));
        try {
            cases.flush();
        } catch (OptimisticLockException concurrentWriter) {
            throw conflict(caller, found);
        }
        audit.record(caller.username(), CoreAuditAction.CASE_CORRECTED, "Case", found.getId(), found.getUnit().getId(),
                disclosure.redact(found, found.getSubject()));
        return found;
    }

    /** The notices served on the case so far, oldest first. */
    @Override
    @Transactional
    public ServedNotices served(Case c) {
        return new ServedNotices(documents.ofCase(c.getId()).stream()
                .filter(d -> d.getKind() == DocumentKind.NOTICE && d.getNoticeKind() != null)
                .sorted(Comparator.comparing(CaseDocument::getCreatedAt).thenComparing(CaseDocument::getId))
                .map(d -> new ServedNotices.Served(d.getNoticeKind(), d.getNumber())).toList());
    }

    private EditConflictException conflict(Caller caller, Case found) {
        return conflicts.of(caller.locale(), found);
    }
}
