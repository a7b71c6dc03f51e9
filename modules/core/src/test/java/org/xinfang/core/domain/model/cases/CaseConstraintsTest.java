package org.xinfang.core.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;

/** A case's own constraints and the rule its parties follow, as registration checks them. */
class CaseConstraintsTest {

    private final InputValidator validator = new InputValidator();

    private static Case draft(int headCount, Party... parties) {
        Case c = new Case();
        c.setChannel(Channel.VISIT);
        c.setSubject("拖欠工资");
        c.setContent("企业拖欠工资三个月");
        c.setCategory("劳动保障");
        c.setReceivedOn(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        c.setHeadCount(headCount);
        for (Party p : parties) {
            c.addParty(p);
        }
        return c;
    }

    private static Party petitioner(String name) {
        return new Party(PartyRole.PETITIONER, name, null, "13912345678", null);
    }

    private static Party representative(String name) {
        return new Party(PartyRole.REPRESENTATIVE, name, null, null, null);
    }

    private List<String> messages(Case c, Locale locale) {
        return validator.problems(c, "", locale).stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void aSoundCasePasses() {
        assertEquals(List.of(), messages(draft(1, petitioner("王喆")), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), messages(draft(30, petitioner("王喆"), representative("李四")), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aCaseWithoutPetitionerIsRefusedOnItsParties() {
        assertEquals(List.of("parties: 至少须登记一名信访人。"), messages(draft(1), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("parties: Register at least one petitioner."), messages(draft(1), Locale.ENGLISH));
    }

    @Test
    void aCollectiveVisitSpeaksThroughAtMostFiveRepresentatives() {
        assertEquals(List.of("parties: 5 人以上的集体访应登记推选的代表（至多 5 人）。"),
                messages(draft(5, petitioner("王喆")), Locale.SIMPLIFIED_CHINESE));
        Case six = draft(40, petitioner("王喆"), representative("甲"), representative("乙"), representative("丙"),
                representative("丁"), representative("戊"), representative("己"));
        assertEquals(List.of("parties: 集体访推选的代表不得超过 5 人。"), messages(six, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void noPetitionerAndNoRepresentativesAreBothNamed() {
        assertEquals(2, validator.problems(draft(6), "", Locale.SIMPLIFIED_CHINESE).stream().map(FieldProblem::field)
                .filter("parties"::equals).count());
    }

    @Test
    void refusalsComeInTheOrderTheCaseDeclaresItsFields() {
        Case empty = new Case();
        empty.addParty(new Party(PartyRole.PETITIONER, " ", "123", "x", null));
        List<String> fields = validator.problems(empty, "", Locale.SIMPLIFIED_CHINESE).stream().map(FieldProblem::field).toList();
        assertEquals(fields.stream().filter(f -> f.startsWith("parties[0].")).toList(),
                List.of("parties[0].idNumber", "parties[0].name", "parties[0].phone"), "within one field: by path");
        assertTrue(fields.indexOf("subject") < fields.indexOf("content"), String.valueOf(fields));
    }
}
