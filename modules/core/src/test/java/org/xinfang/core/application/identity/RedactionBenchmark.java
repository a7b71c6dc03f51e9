package org.xinfang.core.application.identity;

import java.time.LocalDateTime;
import java.util.function.ToIntFunction;
import org.xinfang.core.MicroBenchmark;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * What keeping a sealed reporter out of free text costs (docs/adr/0015): redacting a subject and a
 * full content of a sealed report — name, identity number, phone (any spacing) and address replaced
 * by the pseudonym — beside the reference path every text takes anyway, a plain scan of it. The
 * texts are redacted when stored and again when shown. Not part of the suite (the name does not end
 * in Test); run it with
 * {@code ./mvnw -pl modules/core -am test -Dtest=RedactionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It prints one line per path; figures go to docs/benchmarks.md.
 */
class RedactionBenchmark {

    private static final int TEXTS = 200;
    private static final int WARM_UP_ROUNDS = 50;
    private static final int ROUNDS = 200;


    @Test
    void costPerTextRedactedAndPlain() {
        Case report = new Case();
        report.addParty(new Party(PartyRole.PETITIONER, "王小明", "11010519900101138X", "138-0000-1234", "城关镇幸福路8号"));
        report.addParty(new Party(PartyRole.SUBJECT, "李某", null, null, null));
        OrgUnit unit = new OrgUnit("QZ-JW", "青州市纪委监委", "青纪", UnitLevel.CITY, "discipline", null);
        report.register(unit, 2026, 1, "青纪〔2026〕第00001号", "clerk", LocalDateTime.now());
        report.sealIdentities(p -> p.getRole() == PartyRole.PETITIONER);

        String[] subjects = new String[TEXTS];
        String[] contents = new String[TEXTS];
        for (int i = 0; i < TEXTS; i++) {
            subjects[i] = "王小明（电话13800001234）反映城关镇副镇长李某收受礼金 " + i;
            StringBuilder content = new StringBuilder();
            while (content.length() < 3_800) {
                content.append("本人王小明，身份证11010519900101138X，住城关镇幸福路8号，电话138 0000 1234，实名举报李某第").append(i)
                        .append("次收受礼金，时间、地点、经手人如下，请组织核查。");
            }
            contents[i] = content.toString();
        }

        ToIntFunction<Integer> plainSubject = i -> subjects[i].indexOf('\u0001');
        ToIntFunction<Integer> redactedSubject = i -> SealedIdentities.redact(report.getParties(), subjects[i]).length();
        ToIntFunction<Integer> plainContent = i -> contents[i].indexOf('\u0001');
        ToIntFunction<Integer> redactedContent = i -> SealedIdentities.redact(report.getParties(), contents[i]).length();

        System.out.println("Sealed identities out of free text (" + TEXTS + " texts x " + ROUNDS + " rounds, one thread, JDK "
                + Runtime.version().feature() + "):");
        MicroBenchmark.report("subject (~40 chars), full scan, nothing found", "text", TEXTS, WARM_UP_ROUNDS, ROUNDS, plainSubject::applyAsInt);
        MicroBenchmark.report("subject (~40 chars), redacted", "text", TEXTS, WARM_UP_ROUNDS, ROUNDS, redactedSubject::applyAsInt);
        MicroBenchmark.report("content (~3,800 chars), full scan, nothing found", "text", TEXTS, WARM_UP_ROUNDS, ROUNDS, plainContent::applyAsInt);
        MicroBenchmark.report("content (~3,800 chars), redacted", "text", TEXTS, WARM_UP_ROUNDS, ROUNDS, redactedContent::applyAsInt);
    }
}
