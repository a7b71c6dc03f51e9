package org.xinfang.plugins.personnel.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.event.DemoSeeded;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.port.CaseIntake;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.CaseSteps;
import org.xinfang.api.port.DemoPast;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.personnel.PersonnelCaseForm;
import org.xinfang.plugins.personnel.PersonnelPlugin;
import org.xinfang.plugins.personnel.firstreceiver.FirstReceivers;

/**
 * Replays last year's {@link SeedYear} once the core has seeded the demo city, as the bureau's own
 * staff would: each matter registered by the clerk (a visit's first receiver named: the section officer
 * who received the visitors), annotated by the head when addressed to the head, accepted and handed to
 * the section, decided by the section, and concluded when no review was asked — each group of steps
 * then moved back to the day it stands for ({@link DemoPast}), so the year's quarterly analysis counts a
 * real history.
 */
@ApplicationScoped
public class PersonnelDemoYear {

    private static final Logger LOG = Logger.getLogger(PersonnelDemoYear.class.getName());

    /** After the 处理意见书, the days until the review window (30 days) has lapsed and the matter is concluded. */
    private static final int REVIEW_WINDOW_LAPSED = 31;

    @Inject
    private CaseIntake intake;

    @Inject
    private CaseSteps steps;

    @Inject
    private DemoPast past;

    @Inject
    private FirstReceivers firstReceivers;

    @Inject
    private Organisation organisation;

    @Inject
    private CaseReader reader;

    @Inject
    private Clock clock;

    void onDemoSeeded(@Observes DemoSeeded seeded) {
        Long bureauId = seeded.unitIds().get(SeedYear.BUREAU);
        if (bureauId == null) {
            return;
        }
        long started = System.nanoTime();
        Organisation.Unit bureau = organisation.unit(bureauId).orElseThrow();
        Caller clerk = staff(bureau, PersonnelPlugin.ROLE_CLERK);
        Caller head = staff(bureau, PersonnelPlugin.ROLE_HEAD);
        Caller handler = staff(bureau, PersonnelPlugin.ROLE_HANDLER);
        LocalDate today = LocalDate.now(clock);
        List<SeedYear.Matter> year = SeedYear.of(today.getYear() - 1);
        for (SeedYear.Matter m : year) {
            replay(m, bureau, clerk, head, handler, today);
        }
        LOG.info(() -> "Demo personnel year: " + year.size() + " matters in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void replay(SeedYear.Matter m, Organisation.Unit bureau, Caller clerk, Caller head, Caller handler, LocalDate today) {
        PersonnelCaseForm form = new PersonnelCaseForm();
        form.setBusinessCategory(m.category());
        form.setAddressedToHead(m.toHead());
        String content = (m.channel() == Channel.VISIT ? m.headCount() + "人来访反映：" : "来信反映：") + m.subject()
                + "，请求依照政策予以答复。";
        long id = intake.register(clerk, bureau.id(), new CaseIntake.Registration(m.channel(), m.subject(), content, "人事人才", today,
                m.headCount(), List.of(new CaseIntake.Party(PartyRole.PETITIONER, m.petitioner(), null, m.phone(), null))), form);
        if (m.channel() == Channel.VISIT) {
            // 谁接待谁负责: the section officer received the visitors; the clerk registered it for them.
            firstReceivers.name(clerk, id, handler.username());
        }
        long version = version(id, clerk);
        String accept = "accept";
        if (m.toHead()) {
            version = steps.take(head, id, version, "annotate", "请" + m.category().section().zh() + "核实办理，按期书面答复。");
            accept = "acceptForSection";
        }
        version = steps.take(clerk, id, version, accept, null);
        steps.take(clerk, id, version, "startHandling", null);
        past.moveBack(id, daysBefore(m.receivedOn(), today), true);
        if (!m.decidedOn().isBefore(today)) {
            return;
        }
        steps.takeWithOutcome(handler, id, version(id, clerk), "decide",
                "经" + m.category().section().zh() + "调查核实，已依照政策书面答复信访人。", m.outcome());
        past.moveBack(id, daysBefore(m.decidedOn(), today), false);
        LocalDate concludedOn = m.decidedOn().plusDays(REVIEW_WINDOW_LAPSED);
        if (concludedOn.isBefore(today)) {
            steps.take(clerk, id, version(id, clerk), "concludeLapsedReview", null);
            past.moveBack(id, daysBefore(concludedOn, today), false);
        }
    }

    /** The case's version now: moving its past back changed it too. */
    private long version(long caseId, Caller clerk) {
        return reader.get(clerk, caseId).version();
    }

    private static int daysBefore(LocalDate day, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(day, today);
    }

    /** The demo user holding {@code role} in the bureau ({@code rs.personnel_clerk}), as the seeded city names them. */
    private Caller staff(Organisation.Unit unit, String role) {
        Organisation.Member member = organisation.members(unit.id(), role).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo bureau has no " + role));
        return new Caller(member.username(), member.displayName(), List.of(new Caller.Grant(role, unit.id(), unit.path(), unit.agencyType())),
                Locale.SIMPLIFIED_CHINESE);
    }
}
