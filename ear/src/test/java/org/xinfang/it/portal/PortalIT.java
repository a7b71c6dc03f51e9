package org.xinfang.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.Rating;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.portal.PhoneCodes;
import org.xinfang.core.application.portal.Portal;
import org.xinfang.core.application.portal.PortalSettings;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.settings.SettingsCatalogue;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.it.Deployments;
import org.xinfang.it.SmsGateway;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.TestClocks;
import org.xinfang.it.TestUnits;

/**
 * The portal's periods in the server, where time can be moved: a notice fetched online later than it
 * was issued serves it then and the review window starts again from that day; with online service
 * switched off a fetch serves nothing; the rating closes when its window after service has passed.
 */
@ExtendWith(ArquillianExtension.class)
@InServer(value = {TestUnits.class, TestClocks.class, SmsGateway.class}, modules = "jdk.httpserver")
class PortalIT {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    Portal portal;

    @Inject
    PhoneCodes phoneCodes;

    @Inject
    CaseService cases;

    @Inject
    ProcedureEngine engine;

    @Inject
    SettingsCatalogue settings;

    @Inject
    TestUnits testUnits;

    @Inject
    TestClocks testClocks;

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    /** An address of the test's own, so its tries count against nobody else. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A decided matter brought online to a township bureau: its code, phone and case id. */
    private record Decided(String code, String phone, long caseId, OrgUnit unit) {
    }

    private Decided decidedMatter() {
        OrgUnit township = testUnits.cityDistrictTownship().get(2);
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String texted;
        try (SmsGateway sms = SmsGateway.start()) {
            phoneCodes.send(phone, address(), ZH);
            texted = sms.latestCodeTo(phone);
        }
        Portal.Submitted submitted = portal.submit(new Portal.Petition(township.getId(), "反映拖欠工资 " + UUID.randomUUID(),
                "某公司拖欠三个月工资。", "劳动社保", "李四", phone, null, null, null, 1, List.of(), List.of()), null, UUID.randomUUID().toString(),
                texted, ZH);
        Caller clerk = TestUnits.holding(CoreRole.CLERK, township);
        Caller handler = TestUnits.holding(CoreRole.HANDLER, township);
        long id = cases.list(clerk, new CaseQuery(null, null, null, null, null, null, null, false, 0, 10)).items().stream()
                .filter(c -> c.getNumber().equals(submitted.caseNumber())).findFirst().orElseThrow().getId();
        take(clerk, id, "accept", StepFacts.NONE);
        take(handler, id, "decide", new StepFacts("经核实，已督促该公司补发工资。", null, null, Outcome.SUPPORT, null, null, null));
        return new Decided(submitted.code(), phone, id, township);
    }

    private void take(Caller caller, long caseId, String step, StepFacts facts) {
        engine.take(caller, caseId, cases.get(caller, caseId).caseFile().getVersion(), step, facts);
    }

    private long decisionId(Decided m) {
        List<Portal.Notice> notices = portal.follow(m.code(), m.phone(), address(), ZH).notices();
        return notices.stream().filter(n -> n.kind().equals("处理意见书")).findFirst().orElseThrow().id();
    }

    @Test
    void aNoticeFetchedLaterServesItThenAndTheReviewWindowRunsFromThatDay() {
        Decided m = decidedMatter();
        testClocks.dueDaysAgo(m.caseId(), GeneralProcedure.CLOCK_REVIEW_WINDOW, -20);
        long decision = decisionId(m);

        Portal.NoticeFile pdf = portal.notice(m.code(), m.phone(), decision, address(), ZH);
        assertTrue(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(today().plusDays(30), testClocks.dueOn(m.caseId(), GeneralProcedure.CLOCK_REVIEW_WINDOW),
                "the window of 30 days runs from the day the petitioner received the decision");
        Portal.Followed followed = portal.follow(m.code(), m.phone(), address(), ZH);
        assertEquals(today().plusDays(30), followed.review().lastDay());
        assertNotNull(followed.notices().stream().filter(n -> n.id() == decision).findFirst().orElseThrow().fetchedAt());

        testClocks.dueDaysAgo(m.caseId(), GeneralProcedure.CLOCK_REVIEW_WINDOW, -5);
        portal.notice(m.code(), m.phone(), decision, address(), ZH);
        assertEquals(today().plusDays(5), testClocks.dueOn(m.caseId(), GeneralProcedure.CLOCK_REVIEW_WINDOW),
                "only the first fetch serves the notice");
    }

    @Test
    void withOnlineServiceSwitchedOffAFetchServesNothing() {
        Decided m = decidedMatter();
        testClocks.dueDaysAgo(m.caseId(), GeneralProcedure.CLOCK_REVIEW_WINDOW, -20);
        Caller admin = TestUnits.holding(CoreRole.ADMIN, m.unit());
        settings.change(admin, PortalSettings.ONLINE_SERVICE, 0);
        try {
            long decision = decisionId(m);
            portal.notice(m.code(), m.phone(), decision, address(), ZH);
            assertEquals(today().plusDays(20), testClocks.dueOn(m.caseId(), GeneralProcedure.CLOCK_REVIEW_WINDOW));
            assertNull(portal.follow(m.code(), m.phone(), address(), ZH).notices().stream().filter(n -> n.id() == decision)
                    .findFirst().orElseThrow().fetchedAt());
        } finally {
            settings.change(admin, PortalSettings.ONLINE_SERVICE, PortalSettings.DEFAULT_ONLINE_SERVICE);
        }
    }

    @Test
    void withPhoneConfirmationSwitchedOffASignedMatterNeedsNoCode() {
        OrgUnit township = testUnits.cityDistrictTownship().get(2);
        Caller admin = TestUnits.holding(CoreRole.ADMIN, township);
        assertTrue(phoneCodes.required(), "the test server has an SMS gateway");
        settings.change(admin, PortalSettings.VERIFY_PHONE, 0);
        try {
            assertFalse(phoneCodes.required());
            Portal.Submitted submitted = portal.submit(new Portal.Petition(township.getId(), "反映拖欠工资 " + UUID.randomUUID(),
                    "某公司拖欠三个月工资。", "劳动社保", "李四", "13712345678", null, null, null, 1, List.of(), List.of()), null,
                    UUID.randomUUID().toString(), null, ZH);
            assertFalse(submitted.phoneConfirmed());
        } finally {
            settings.change(admin, PortalSettings.VERIFY_PHONE, PortalSettings.DEFAULT_VERIFY_PHONE);
        }
    }

    @Test
    void theRatingClosesWhenItsWindowAfterServiceHasPassed() {
        Decided m = decidedMatter();
        testClocks.documentsIssuedDaysAgo(m.caseId(), PortalSettings.DEFAULT_RATING_DAYS + 1);
        Portal.RatingRight rating = portal.follow(m.code(), m.phone(), address(), ZH).rating();
        assertFalse(rating.open());
        assertEquals(today().minusDays(1), rating.lastDay());
        IllegalTransitionException closed = assertThrows(IllegalTransitionException.class,
                () -> portal.rate(m.code(), m.phone(), Rating.SATISFIED, address(), ZH));
        assertTrue(closed.getMessage().contains("评价期限已过"), closed.getMessage());

        Decided fresh = decidedMatter();
        assertTrue(portal.follow(fresh.code(), fresh.phone(), address(), ZH).rating().open());
        assertEquals(Rating.SATISFIED, portal.rate(fresh.code(), fresh.phone(), Rating.SATISFIED, address(), ZH).rating().given());
    }
}
