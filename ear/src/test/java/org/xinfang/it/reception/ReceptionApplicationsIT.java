package org.xinfang.it.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.notice.NoticeTexts;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.reception.ClassificationInput;
import org.xinfang.core.application.reception.PetitionerInput;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.ReceptionApplications;
import org.xinfang.core.application.reception.ReceptionNotices;
import org.xinfang.core.application.reception.ReceptionReminders;
import org.xinfang.core.application.reception.ReminderDelivery;
import org.xinfang.core.application.reception.RotaRuleInput;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.Classification;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.TestUnits;

/**
 * Appointments as applications in the server on the real database: registered at the desk or
 * online, classified each way, scheduled under the slot lock, with the written notice as a real PDF;
 * illegal steps, a second desk deciding at once and the per-phone limit refused clearly; the public
 * lookup tells nothing without the right phone; and the petitioner's reminder reaches a real HTTP
 * SMS gateway (a JDK HttpServer on the port the test server is pointed at) and a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
@InServer(value = {TestUnits.class, TestReception.class}, librariesOf = GreenMail.class, modules = "jdk.httpserver")
class ReceptionApplicationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    Reception reception;

    @Inject
    ReceptionApplications applications;

    @Inject
    ReceptionNotices notices;

    @Inject
    ReceptionReminders reminders;

    @Inject
    ReminderDelivery delivery;

    @Inject
    WorkCalendars calendars;

    @Inject
    AuditLog audit;

    @Inject
    TestUnits testUnits;

    @Inject
    TestReception testReception;

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    private LocalDate workingDayFrom(int daysAhead) {
        return calendars.current().nextWorkingDayFrom(today().plusDays(daysAhead));
    }

    private Long onceSlot(Caller clerk, OrgUnit unit, LocalDate date, int capacity) {
        reception.createRule(clerk, unit.getId(), RotaRuleInput.of(new RotaRule("李强", "副区长", "分管信访", null, "区信访接待中心二号接待室",
                "劳动保障", capacity, LocalTime.of(14, 30), LocalTime.of(17, 0)), RotaPattern.once(date)));
        return reception.slots(clerk, unit.getId(), date, date).get(0).slot().getId();
    }

    /** A classification that puts the application on a leader's plan. */
    private static final ClassificationInput PLAN = new ClassificationInput(Classification.LEADER_PLAN, null, null, null);

    private static PetitionerInput request(String name, String phone) {
        return new PetitionerInput(name, "企业拖欠工资三个月", phone, null, 2);
    }

    private static String messageOf(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::message).reduce("", String::concat);
    }

    private static List<String> fieldsOf(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }

    private Appointment planned(Caller clerk, OrgUnit unit, String name, String phone) {
        Appointment a = applications.applyAtDesk(clerk, unit.getId(), null, request(name, phone));
        return applications.classify(clerk, a.getId(), a.getVersion(), PLAN);
    }

    @Test
    void aDeskApplicationIsPlannedScheduledAndGetsItsWrittenNotice() throws Exception {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        LocalDate day = workingDayFrom(5);
        Long slot = onceSlot(clerk, township, day, 3);

        Appointment applied = applications.applyAtDesk(clerk, township.getId(), null, request("王喆", "139-1234-0001"));
        assertEquals(AppointmentStatus.APPLIED, applied.getStatus());
        assertNull(applied.getSlot(), "an application has no session yet");
        assertTrue(applied.getNumber().matches(township.getShortName() + "访约〔" + today().getYear() + "〕\\d+号"), applied.getNumber());

        Appointment plan = applications.classify(clerk, applied.getId(), applied.getVersion(), PLAN);
        assertEquals(AppointmentStatus.PLANNED, plan.getStatus());
        Appointment booked = applications.schedule(clerk, applied.getId(), slot);
        assertEquals(AppointmentStatus.BOOKED, booked.getStatus());
        assertEquals(1, testReception.bookedOn(slot));
        assertEquals(List.of("RECEPTION_APPLIED", "RECEPTION_CLASSIFIED", "RECEPTION_SCHEDULED"),
                audit.history("Appointment", applied.getId()).stream().map(e -> e.getAction()).toList());

        ReceptionNotices.StoredNotice notice = notices.read(clerk, applied.getId());
        assertTrue(new String(notice.content(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "a PDF");
        assertEquals("接访通知书-" + applied.getNumber() + ".pdf", notice.fileName());
        String text = textOf(notice.content());
        assertTrue(text.contains("接访通知书") && text.contains("王喆") && text.contains(applied.getNumber()), text);
        assertTrue(text.contains("接待时间：" + NoticeTexts.date(day)) && text.contains("14:30至17:00"), text);
        assertTrue(text.contains("接待地点：区信访接待中心二号接待室") && text.contains("副区长李强") && text.contains("身份证件"), text);

        Appointment oneStep = reception.book(clerk, slot, request("赵敏", "13912340002"));
        assertTrue(textOf(notices.read(clerk, oneStep.getId()).content()).contains("赵敏"), "the one-step booking issues its notice too");
        assertEquals(Classification.LEADER_PLAN, oneStep.getClassification());

        Appointment waiting = applications.applyAtDesk(clerk, township.getId(), null, request("钱多", "13912340003"));
        InvalidInputException noNotice = assertThrows(InvalidInputException.class, () -> notices.read(clerk, waiting.getId()));
        assertTrue(messageOf(noNotice).contains("尚未排期"), messageOf(noNotice));
        Caller otherClerk = TestUnits.holding(CoreRoles.CLERK, testUnits.districtWithTwoTownships().get(1));
        assertThrows(InvalidInputException.class, () -> notices.read(otherClerk, applied.getId()), "another unit's desk does not see it");
    }

    @Test
    void theDeskClassifiesForADepartmentOrDeclinesWithGuidanceNamingWhatIsMissing() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);

        Appointment toDepartment = applications.applyAtDesk(clerk, township.getId(), null, request("孙立", "13800000011"));
        InvalidInputException noDepartment = assertThrows(InvalidInputException.class, () -> applications.classify(clerk,
                toDepartment.getId(), toDepartment.getVersion(), new ClassificationInput(Classification.DEPARTMENT, " ", null, null)));
        assertEquals(List.of("department"), fieldsOf(noDepartment));
        Appointment referred = applications.classify(clerk, toDepartment.getId(), toDepartment.getVersion(),
                new ClassificationInput(Classification.DEPARTMENT, "区人力资源和社会保障局", null, null));
        assertEquals(AppointmentStatus.REFERRED, referred.getStatus());
        assertEquals("区人力资源和社会保障局", referred.getDepartment());

        Appointment toDecline = applications.applyAtDesk(clerk, township.getId(), null, request("周正", "13800000012"));
        InvalidInputException noGuidance = assertThrows(InvalidInputException.class, () -> applications.classify(clerk,
                toDecline.getId(), toDecline.getVersion(), new ClassificationInput(Classification.DECLINED, null, null, null)));
        assertEquals(List.of("guidance", "legalRoute"), fieldsOf(noGuidance));
        InvalidInputException english = assertThrows(InvalidInputException.class, () -> applications.classify(clerk.withLocale(Locale.ENGLISH),
                toDecline.getId(), toDecline.getVersion(), new ClassificationInput(null, null, null, null)));
        assertTrue(messageOf(english).contains("Choose a classification"), messageOf(english));
        Appointment declined = applications.classify(clerk, toDecline.getId(), toDecline.getVersion(),
                new ClassificationInput(Classification.DECLINED, null, "该事项已进入诉讼程序，请依法向人民法院提出。", LegalRoute.LITIGATION));
        assertEquals(AppointmentStatus.DECLINED, declined.getStatus());
        assertEquals(LegalRoute.LITIGATION, declined.getLegalRoute());

        Caller handler = TestUnits.holding(CoreRoles.HANDLER, township);
        Appointment other = applications.applyAtDesk(clerk, township.getId(), null, request("吴用", "13800000013"));
        assertThrows(NotPermittedException.class, () -> applications.classify(handler, other.getId(), other.getVersion(), PLAN),
                "only the desk classifies");
    }

    @Test
    void stepsTheStatusDoesNotAllowAreRefusedWithAClearMessage() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Long slot = onceSlot(clerk, township, workingDayFrom(4), 5);

        Appointment applied = applications.applyAtDesk(clerk, township.getId(), null, request("郑和", "13700000021"));
        IllegalTransitionException notClassified = assertThrows(IllegalTransitionException.class,
                () -> applications.schedule(clerk, applied.getId(), slot));
        assertTrue(notClassified.getMessage().contains("尚未分类"), notClassified.getMessage());

        Appointment declined = applications.classify(clerk, applied.getId(), applied.getVersion(),
                new ClassificationInput(Classification.DECLINED, null, "属于劳动争议，请向劳动人事争议仲裁委员会申请仲裁。", LegalRoute.ARBITRATION));
        IllegalTransitionException scheduleDeclined = assertThrows(IllegalTransitionException.class,
                () -> applications.schedule(clerk, applied.getId(), slot));
        assertTrue(scheduleDeclined.getMessage().contains("不予安排"), scheduleDeclined.getMessage());
        IllegalTransitionException classifyAgain = assertThrows(IllegalTransitionException.class, () -> applications.classify(clerk,
                applied.getId(), declined.getVersion(), PLAN));
        assertTrue(classifyAgain.getMessage().contains("不能再分类"), classifyAgain.getMessage());
        IllegalTransitionException cancelDeclined = assertThrows(IllegalTransitionException.class, () -> reception.cancel(clerk, applied.getId()));
        assertTrue(cancelDeclined.getMessage().contains("不能取消"), cancelDeclined.getMessage());

        Appointment booked = reception.book(clerk, slot, request("冯宁", "13700000022"));
        IllegalTransitionException classifyBooked = assertThrows(IllegalTransitionException.class, () -> applications.classify(clerk,
                booked.getId(), booked.getVersion(), new ClassificationInput(Classification.DEPARTMENT, "区信访局", null, null)));
        assertTrue(classifyBooked.getMessage().contains("已预约"), classifyBooked.getMessage());

        Appointment stale = applications.applyAtDesk(clerk, township.getId(), null, request("陈平", "13700000023"));
        applications.classify(clerk, stale.getId(), stale.getVersion(), PLAN);
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> applications.classify(clerk, stale.getId(),
                stale.getVersion(), new ClassificationInput(Classification.DEPARTMENT, "区信访局", null, null)));
        assertTrue(conflict.getMessage().contains(stale.getNumber()) && conflict.getMessage().contains("刷新"), conflict.getMessage());

        reception.cancel(clerk, stale.getId());
        IllegalTransitionException scheduleCancelled = assertThrows(IllegalTransitionException.class,
                () -> applications.schedule(clerk, stale.getId(), slot));
        assertTrue(scheduleCancelled.getMessage().contains("已取消"), scheduleCancelled.getMessage());
        assertEquals(1, testReception.bookedOn(slot), "nothing half-saved: only the one booking holds a place");
    }

    @Test
    void twoClerksClassifyingAtOnceTheSecondIsToldOfTheConflict() throws Exception {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        Appointment a = applications.applyAtDesk(clerk, township.getId(), null, request("褚明", "13600000031"));
        long read = a.getVersion();
        List<Object> outcomes = race(
                () -> applications.classify(clerk, a.getId(), read, PLAN).getStatus(),
                () -> applications.classify(leader, a.getId(), read,
                        new ClassificationInput(Classification.DEPARTMENT, "区住房和城乡建设委员会", null, null)).getStatus());
        List<Object> won = outcomes.stream().filter(o -> o instanceof AppointmentStatus).toList();
        List<Object> lost = outcomes.stream().filter(o -> !(o instanceof AppointmentStatus)).toList();
        assertEquals(1, won.size(), "exactly one classification stands: " + outcomes);
        assertTrue(lost.get(0) instanceof EditConflictException e && e.getMessage().contains("已被他人处理"), String.valueOf(lost.get(0)));
        assertEquals(won.get(0), applications.application(clerk, a.getId()).getStatus());
        assertEquals(1, audit.history("Appointment", a.getId()).stream().filter(e -> e.getAction().equals("RECEPTION_CLASSIFIED")).count());
    }

    @Test
    void twoSchedulesRacingForTheLastPlaceExactlyOneWins() throws Exception {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        Long slot = onceSlot(clerk, township, workingDayFrom(6), 2);
        reception.book(clerk, slot, request("卫青", "13500000040"));
        Appointment first = planned(clerk, township, "蒋琬", "13500000041");
        Appointment second = planned(clerk, township, "沈括", "13500000042");
        List<Object> outcomes = race(
                () -> applications.schedule(clerk, first.getId(), slot).getStatus(),
                () -> applications.schedule(leader, second.getId(), slot).getStatus());
        assertEquals(1, outcomes.stream().filter(o -> o == AppointmentStatus.BOOKED).count(), "exactly one takes the last place: " + outcomes);
        Object lost = outcomes.stream().filter(o -> o != AppointmentStatus.BOOKED).findFirst().orElseThrow();
        assertTrue(lost instanceof InvalidInputException ii && messageOf(ii).contains("已约满"), String.valueOf(lost));
        assertEquals(2, testReception.bookedOn(slot));
        long stillPlanned = applications.applications(clerk, township.getId(), AppointmentStatus.PLANNED).stream()
                .filter(a -> a.getId().equals(first.getId()) || a.getId().equals(second.getId())).count();
        assertEquals(1, stillPlanned, "the loser stays planned, without a session and without a notice");
    }

    @Test
    void onlineApplicationsAreValidatedFieldByFieldAndLimitedToThreeOpenPerPhoneAndUnit() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit townshipA = tree.get(1);
        OrgUnit townshipB = tree.get(2);
        Caller clerkA = TestUnits.holding(CoreRoles.CLERK, townshipA);
        Caller clerkB = TestUnits.holding(CoreRoles.CLERK, townshipB);
        Long slotA = onceSlot(clerkA, townshipA, workingDayFrom(7), 5);
        onceSlot(clerkB, townshipB, workingDayFrom(7), 5);
        Locale zh = Locale.SIMPLIFIED_CHINESE;

        InvalidInputException unpublished = assertThrows(InvalidInputException.class,
                () -> applications.applyOnline(zh, tree.get(0).getId(), null, request("韩信", "13400000051")));
        assertEquals(List.of("unitId"), fieldsOf(unpublished), "a unit without published sessions takes no online application");
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> applications.applyOnline(zh, townshipA.getId(), -1L,
                new PetitionerInput(" ", "事".repeat(1001), "电话", "not-mail", 6)));
        assertEquals(List.of("petitionerName", "matter", "phone", "email", "headCount", "preferredSlotId"), fieldsOf(bad), messageOf(bad));
        assertTrue(messageOf(bad).contains("不超过 5 人"), messageOf(bad));
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> applications.applyOnline(zh, townshipA.getId(), null,
                new PetitionerInput("韩信", "征地补偿", "13400000051", null, 0)));
        assertEquals(List.of("headCount"), fieldsOf(none));

        String phone = "134-0000-" + UUID.randomUUID().toString().replaceAll("[^0-9]", "0").substring(0, 4);
        Appointment first = applications.applyOnline(zh, townshipA.getId(), slotA, request("韩信", phone));
        assertEquals(slotA, first.getPreferredSlot().getId());
        assertNull(first.getAppliedBy(), "online: nobody at the desk registered it");
        applications.applyOnline(zh, townshipA.getId(), null, request("韩信", phone));
        applications.applyOnline(zh, townshipA.getId(), null, request("韩信", phone.replace("-", "")));
        InvalidInputException fourth = assertThrows(InvalidInputException.class,
                () -> applications.applyOnline(zh, townshipA.getId(), null, request("韩信", phone)));
        assertEquals(List.of("phone"), fieldsOf(fourth));
        assertTrue(messageOf(fourth).contains("3 件未办结"), messageOf(fourth));
        assertEquals(3, applications.applications(clerkA, townshipA.getId(), AppointmentStatus.APPLIED).stream()
                .filter(a -> a.getPhoneKey().equals(MatchKeys.ofPhone(phone))).count(), "nothing of the fourth saved");

        applications.applyOnline(zh, townshipB.getId(), null, request("韩信", phone));
        reception.cancel(clerkA, first.getId());
        applications.applyOnline(zh, townshipA.getId(), null, request("韩信", phone));
    }

    /** A lookup as from the public page, from an address of this test's own (misses count against it). */
    private Optional<ReceptionApplications.PublicStatus> lookup(String number, String phone) {
        return applications.publicStatus(number, phone, "10.61.0." + (1 + Math.abs(number.hashCode() % 250)), Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theLookupNeedsTheNumberAndThePhoneAndTellsOnlyStatusDateAndPlace() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        LocalDate day = workingDayFrom(8);
        Long slot = onceSlot(clerk, township, day, 5);
        Appointment a = applications.applyOnline(Locale.SIMPLIFIED_CHINESE, township.getId(), null, request("杨帆", "13300000061"));

        assertTrue(lookup(a.getNumber(), "13300000062").isEmpty(), "the wrong phone learns nothing");
        assertTrue(lookup(a.getNumber(), "").isEmpty());
        assertTrue(lookup("甲镇访约〔1999〕1号", "13300000061").isEmpty());
        ReceptionApplications.PublicStatus waiting = lookup(" " + a.getNumber(), "133-0000-0061").orElseThrow();
        assertEquals(AppointmentStatus.APPLIED, waiting.status());
        assertNull(waiting.date());

        Appointment planned = applications.classify(clerk, a.getId(), a.getVersion(), PLAN);
        applications.schedule(clerk, planned.getId(), slot);
        ReceptionApplications.PublicStatus booked = lookup(a.getNumber(), "13300000061").orElseThrow();
        assertEquals(new ReceptionApplications.PublicStatus(a.getNumber(), AppointmentStatus.BOOKED, day, "14:30", "17:00",
                "区信访接待中心二号接待室"), booked, "status, date and place; no name, phone or matter");
        assertEquals(List.of("number", "status", "date", "startsAt", "endsAt", "place"),
                Arrays.stream(ReceptionApplications.PublicStatus.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void remindersSkipApplicationsWithoutASessionAndReachTheSmsGatewayAndTheMailServer() throws Exception {
        URI gateway = URI.create(System.getProperty("xinfang.sms.gateway"));
        List<JsonObject> texts = new CopyOnWriteArrayList<>();
        HttpServer sms = HttpServer.create(new InetSocketAddress("127.0.0.1", gateway.getPort()), 0);
        sms.createContext(gateway.getPath(), exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                texts.add(Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject());
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        sms.start();
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("xinfang.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            assertTrue(applications.smsAvailable(), "the test server is pointed at a gateway");
            OrgUnit township = testUnits.districtWithTwoTownships().get(1);
            Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
            LocalDate day = workingDayFrom(12);
            Long slot = onceSlot(clerk, township, day, 5);
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String mail = "petitioner-" + tag + "@example.cn";
            String phone = "1390000" + tag.replaceAll("[^0-9]", "7").substring(0, 4);
            String phoneOnly = "1380000" + tag.replaceAll("[^0-9]", "3").substring(0, 4);

            Appointment both = reception.book(clerk, slot, new PetitionerInput("马良", "工伤认定", phone, mail, 1));
            Appointment textOnly = reception.book(clerk, slot, new PetitionerInput("牛犇", "工伤认定", phoneOnly, null, 1));
            Appointment waiting = applications.applyAtDesk(clerk, township.getId(), null,
                    new PetitionerInput("苟安", "工伤认定", "13700009999", "waiting-" + tag + "@example.cn", 1));
            assertFalse(delivery.due(ReminderDelivery.Recipient.PETITIONER, today(), 60).contains(waiting.getId()),
                    "an application without a session is never reminded");

            reminders.sendDue(day.minusDays(1));
            List<JsonObject> toBoth = texts.stream().filter(t -> t.getString("to").equals(phone)).toList();
            assertEquals(1, toBoth.size(), "one text message to the petitioner: " + texts);
            String text = toBoth.get(0).getString("text");
            assertTrue(text.contains("马良") && text.contains(day.toString()) && text.contains("14:30") && text.contains("区信访接待中心二号接待室"), text);
            assertEquals(1, texts.stream().filter(t -> t.getString("to").equals(phoneOnly)).count(), "a petitioner without e-mail gets the text only");
            List<MimeMessage> mails = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(mail))) {
                    mails.add(m);
                }
            }
            assertEquals(1, mails.size(), "and the mail as before");
            assertEquals("MAIL,SMS", testReception.remindedVia(both.getId()));
            assertEquals("SMS", testReception.remindedVia(textOnly.getId()));

            reminders.sendDue(day.minusDays(1));
            assertEquals(1, texts.stream().filter(t -> t.getString("to").equals(phone)).count(), "sent once");
        } finally {
            smtp.stop();
            sms.stop(0);
        }
    }

    /** Runs both at once; each outcome is the result or the exception it threw. */
    private static List<Object> race(Callable<Object> one, Callable<Object> other) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : List.of(one, other)) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            try {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        pool.shutdown();
        return outcomes;
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
