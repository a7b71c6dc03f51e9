package org.xinfang.core.application.ports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.CaseHistories;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.CaseDocumentRepository;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.CaseClockRepository;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.procedure.CaseStepRepository;

/**
 * A unit's cases with their history for plugins' figures: the cases in one query, then their steps,
 * notices and clocks in one query each, so a year of a bureau's matters is read in four.
 */
@ApplicationScoped
public class CaseHistoriesAdapter implements CaseHistories {

    @Inject
    private CaseRepository cases;

    @Inject
    private CaseStepRepository steps;

    @Inject
    private CaseClockRepository clocks;

    @Inject
    private CaseDocumentRepository documents;

    @Inject
    private CaseReaderAdapter reader;

    @Override
    @Transactional
    public List<History> registeredBy(Caller caller, long unitId, String agencyType, LocalDate from, LocalDate to) {
        List<Case> found = cases.registeredBy(unitId, agencyType, from, to).stream()
                // A case that went on to a unit out of the caller's sight stays theirs to count only while they follow it.
                .filter(c -> caller.visibility().sees(c.getUnit().getPath()) || cases.findFollowed(c.getId(), caller.visibility()).isPresent())
                .toList();
        List<Long> ids = found.stream().map(Case::getId).toList();
        Map<Long, List<Step>> stepsOf = steps.ofCases(ids).stream().collect(Collectors.groupingBy(CaseStep::getCaseId,
                Collectors.mapping(s -> new Step(s.getTransition(), s.getFromState(), s.getToState(), s.getOccurredAt()), Collectors.toList())));
        Map<Long, List<Notice>> noticesOf = documents.noticesOf(ids).stream().collect(Collectors.groupingBy(CaseDocument::getCaseId,
                Collectors.mapping(d -> new Notice(d.getNoticeKind(), day(d.getCreatedAt())), Collectors.toList())));
        Map<Long, List<Clock>> clocksOf = clocks.ofCases(ids).stream().collect(Collectors.groupingBy(CaseClock::getCaseId,
                Collectors.mapping(k -> new Clock(k.getName(), k.getStartedOn(), k.getDueOn(), k.getStoppedOn()), Collectors.toList())));
        return found.stream().map(c -> new History(reader.facts(c), c.getChannel(), c.getHeadCount(),
                stepsOf.getOrDefault(c.getId(), List.of()), noticesOf.getOrDefault(c.getId(), List.of()),
                clocksOf.getOrDefault(c.getId(), List.of()))).toList();
    }

    private static LocalDate day(LocalDateTime at) {
        return at == null ? null : at.toLocalDate();
    }
}
