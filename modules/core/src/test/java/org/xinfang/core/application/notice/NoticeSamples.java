package org.xinfang.core.application.notice;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.model.Outcome;

/** Realistic facts for each kind of notice, as the engine gathers them. */
public final class NoticeSamples {

    public static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);
    public static final LocalDate RECEIVED = LocalDate.of(2026, 11, 9);
    public static final String UNIT = "北京市朝阳区人力资源和社会保障局";
    public static final String CASE = "XF-2026-000123";

    private NoticeSamples() {
    }

    public static NoticeFacts acceptance() {
        return new NoticeFacts(NoticeKind.ACCEPTANCE, "朝人社信受〔2026〕3号", ISSUED, UNIT, UNIT, "王喆", CASE,
                "某建筑公司拖欠工资问题", "2026年5月至8月在某工地务工，工资共计38600元至今未付。", RECEIVED, null, null, null,
                null, LocalDate.of(2027, 1, 22), null, null, null, 30);
    }

    public static NoticeFacts declineLitigation() {
        return new NoticeFacts(NoticeKind.DECLINE, "朝人社信不受〔2026〕7号", ISSUED, UNIT, UNIT, "李堃", CASE,
                "劳动合同解除经济补偿争议", null, RECEIVED, "您与用人单位之间因解除劳动合同产生的经济补偿争议属于劳动争议", null,
                LegalRoute.ARBITRATION, "北京市朝阳区劳动人事争议仲裁委员会", null, null, null, null, 30);
    }

    public static NoticeFacts declineRepeated() {
        return new NoticeFacts(NoticeKind.DECLINE, "朝人社信不受〔2026〕8号", ISSUED, UNIT, UNIT, "赵昇", CASE,
                "退休待遇核定问题", null, RECEIVED, null, null, null, null, null, null, "XF-2024-000087", null, 30);
    }

    public static NoticeFacts forward() {
        return new NoticeFacts(NoticeKind.FORWARD, "朝信转〔2026〕15号", ISSUED, "北京市朝阳区信访办公室", "北京市朝阳区信访办公室",
                "北京市朝阳区住房和城乡建设委员会", CASE, "小区电梯长期停运问题",
                "信访人反映某小区3号楼电梯自2026年9月起停运，物业公司未组织维修，老年住户出行困难。", RECEIVED, null, null, null,
                "北京市朝阳区住房和城乡建设委员会", null, null, null, null, 30);
    }

    public static NoticeFacts assignment() {
        return new NoticeFacts(NoticeKind.ASSIGNMENT, "朝信交〔2026〕4号", ISSUED, "北京市朝阳区信访办公室", "北京市朝阳区信访办公室",
                null, CASE, "小区电梯长期停运问题", "信访人反映某小区3号楼电梯自2026年9月起停运。", RECEIVED,
                "请依法调查核实，督促物业公司限期维修，并做好信访人的解释工作", null, null, "北京市朝阳区住房和城乡建设委员会",
                LocalDate.of(2026, 12, 23), null, null, null, 30);
    }

    public static NoticeFacts extension() {
        return new NoticeFacts(NoticeKind.EXTENSION, "朝人社信延〔2026〕2号", ISSUED, UNIT, UNIT, "王喆", CASE,
                "某建筑公司拖欠工资问题", null, RECEIVED, "涉及多家分包单位，需要逐一调取用工和工资支付记录", null, null, null,
                LocalDate.of(2027, 2, 21), 30, null, null, 30);
    }

    public static NoticeFacts decision() {
        return new NoticeFacts(NoticeKind.DECISION, "朝人社信处〔2026〕11号", ISSUED, UNIT, UNIT, "王喆", CASE,
                "某建筑公司拖欠工资问题", null, RECEIVED,
                "经调查，您于2026年5月至8月在该公司承建的工地务工属实，该公司尚欠您工资38600元。\n本局已责令该公司于2026年12月10日前全额支付。",
                Outcome.SUPPORT, null, null, null, null, null, "北京市人力资源和社会保障局", 30, LocalDate.of(2026, 12, 23));
    }

    public static NoticeFacts review() {
        return new NoticeFacts(NoticeKind.REVIEW, "京人社信复查〔2026〕5号", ISSUED, "北京市人力资源和社会保障局",
                "北京市人力资源和社会保障局", "李堃", CASE, "社会保险补缴问题", null, RECEIVED,
                "原处理意见认定事实清楚，适用规定正确。您要求补缴1998年以前社会保险费的请求缺乏政策依据", Outcome.REJECT, null,
                null, null, null, null, "北京市人民政府", 30, LocalDate.of(2026, 12, 23));
    }

    public static NoticeFacts reReview() {
        return new NoticeFacts(NoticeKind.RE_REVIEW, "京政信复核〔2026〕1号", ISSUED, "北京市人民政府信访办公室",
                "北京市人民政府信访办公室", "赵昇", CASE, "社会保险补缴问题", null, RECEIVED,
                "复查意见认定事实清楚，处理适当。关于您提出的困难，已协调所在街道依规给予临时救助", Outcome.EXPLAIN, null, null,
                null, null, null, null, 0);
    }

    /** One of each kind, and both kinds of non-acceptance. */
    public static NoticeFacts[] all() {
        return new NoticeFacts[] {acceptance(), declineLitigation(), declineRepeated(), forward(), assignment(),
            extension(), decision(), review(), reReview()};
    }

    /** Only what the record requires; every optional fact missing. */
    public static NoticeFacts bare(NoticeKind kind) {
        return new NoticeFacts(kind, "朝信〔2026〕1号", ISSUED, UNIT, UNIT, null, CASE, null, null, null, null, null, null,
                null, null, null, null, null, 0);
    }

    /** The facts with some changed: {@code edit(decision(), e -> e.reason = "…")}. */
    public static NoticeFacts edit(NoticeFacts facts, Consumer<Edit> change) {
        Edit e = new Edit(facts);
        change.accept(e);
        return new NoticeFacts(e.kind, e.number, e.issuedOn, e.unitName, e.sealText, e.addressee, e.caseNumber,
                e.subject, e.summary, e.receivedOn, e.reason, e.outcome, e.legalRoute, e.targetUnitName, e.dueDate,
                e.extensionDays, e.concludedCaseNumber, e.reviewBodyName, e.reviewWindowDays, e.reviewDueOn);
    }

    /** The facts' fields, open for a test to change. */
    public static final class Edit {
        public NoticeKind kind;
        public String number;
        public LocalDate issuedOn;
        public String unitName;
        public String sealText;
        public String addressee;
        public String caseNumber;
        public String subject;
        public String summary;
        public LocalDate receivedOn;
        public String reason;
        public Outcome outcome;
        public LegalRoute legalRoute;
        public String targetUnitName;
        public LocalDate dueDate;
        public Integer extensionDays;
        public String concludedCaseNumber;
        public String reviewBodyName;
        public int reviewWindowDays;
        public LocalDate reviewDueOn;

        Edit(NoticeFacts f) {
            kind = f.kind();
            number = f.number();
            issuedOn = f.issuedOn();
            unitName = f.unitName();
            sealText = f.sealText();
            addressee = f.addressee();
            caseNumber = f.caseNumber();
            subject = f.subject();
            summary = f.summary();
            receivedOn = f.receivedOn();
            reason = f.reason();
            outcome = f.outcome();
            legalRoute = f.legalRoute();
            targetUnitName = f.targetUnitName();
            dueDate = f.dueDate();
            extensionDays = f.extensionDays();
            concludedCaseNumber = f.concludedCaseNumber();
            reviewBodyName = f.reviewBodyName();
            reviewWindowDays = f.reviewWindowDays();
            reviewDueOn = f.reviewDueOn();
        }
    }
}
