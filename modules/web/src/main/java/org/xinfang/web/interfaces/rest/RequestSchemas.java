package org.xinfang.web.interfaces.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.Rating;

/**
 * The request bodies as the OpenAPI document describes them. The resources read bodies field by field
 * ({@link JsonBody}) to name the field of a wrong type, so these records only document the contract.
 */
public final class RequestSchemas {

    private RequestSchemas() {
    }

    @Schema(name = "CaseRegistration", description = "登记信访事项 / A case to register")
    public record CaseRegistration(
            @Schema(description = "登记单位；省略时为调用者的本单位 / Unit to register in; the caller's own unit when left out") Long unitId,
            @Schema(required = true) Channel channel,
            @Schema(required = true, maxLength = 200, example = "拖欠工资") String subject,
            @Schema(required = true, maxLength = 4000) String content,
            @Schema(required = true, maxLength = 64, example = "劳动社保") String category,
            @Schema(required = true, format = "date", example = "2026-03-01", description = "不得晚于今天 / Not in the future") String receivedOn,
            @Schema(minimum = "1", maximum = "10000", defaultValue = "1") Integer headCount,
            @Schema(required = true, description = "至少一名信访人，至多五名代表 / At least one petitioner, at most five representatives")
            List<PartyInput> parties,
            @Schema(description = "本单位机构类型的专用信息（法院、纪委监委…）；信访部门不填 / "
                    + "The agency form of the unit's plugin (see GET /plugins); none for a petition bureau") Map<String, Object> form) {
    }

    @Schema(name = "PartyInput")
    public record PartyInput(@Schema(required = true) PartyRole role,
                      @Schema(required = true, maxLength = 100) String name,
                      @Schema(pattern = "^\\d{17}[\\dXx]$", description = "GB 11643：18 位，出生日期真实，末位为校验码 / 18 characters, a real birth date, the GB 11643 check character last", example = "11010519491231002X") String idNumber,
                      String phone,
                      @Schema(maxLength = 200) String address) {
    }

    @Schema(name = "CaseCorrection", description = "更正事由、内容、类别 / Corrects subject, content and category")
    public record CaseCorrection(
            @Schema(required = true, description = "读取时的版本号 / The version read with the case") Long version,
            @Schema(required = true, maxLength = 200) String subject,
            @Schema(required = true, maxLength = 4000) String content,
            @Schema(required = true, maxLength = 64) String category) {
    }

    @Schema(name = "StepRequest", description = "办理一步 / Takes a step of the procedure")
    public record StepRequest(
            @Schema(required = true, description = "步骤名 / The step's name", example = "accept") String transition,
            @Schema(required = true, description = "读取时的版本号 / The version read with the procedure") Long version,
            @Schema(maxLength = 4000, description = "理由或意见 / Reason or opinion") String reason,
            @Schema(description = "接收机关（转送、交办）/ Receiving body (forward, assign)") Long targetUnitId,
            @Schema(format = "date", description = "报告期限（交办）/ Report-back date (assign)") String dueDate,
            Outcome outcome, LegalRoute legalRoute,
            @Schema(minimum = "1", description = "延长天数 / Days of extension") Integer extensionDays,
            Rating rating) {
    }

    @Schema(name = "VisitRecord", description = "一次接访、约访、下访或回访的记录 / One meeting with petitioners")
    public record VisitRecord(
            @Schema(description = "登记单位；省略时为调用者的本单位 / The desk's unit; the caller's own when left out") Long unitId,
            @Schema(required = true, enumeration = {"RECEPTION", "INVITED", "FIELD", "FOLLOW_UP"}) String kind,
            @Schema(required = true, description = "该单位的领导 / A leader of the unit") String leaderUsername,
            @Schema(required = true, format = "date", description = "不晚于今天 / Not in the future") String heldOn,
            @Schema(required = true, maxLength = 200) String place,
            @Schema(description = "预约接访 / A booked appointment") Long appointmentId,
            @Schema(description = "关联的事项 / The case it concerns") Long caseId,
            @Schema(description = "同时登记的新事项 / A case registered with it") NewCaseInput newCase,
            @Schema(minimum = "1") Integer headCount,
            @Schema(required = true, description = "来访人，至多五名 / Who came, at most five") List<VisitorInput> people,
            @Schema(required = true, maxLength = 2000) String request,
            @Schema(maxLength = 2000) String instruction,
            @Schema(enumeration = {"RESOLVED", "ASSIGNED", "EXPLAINED"}) String outcome,
            String handlerUsername,
            @Schema(format = "date") String dueOn,
            @Schema(description = "回访时信访人的评价 / The petitioner's rating on a follow-up") Rating satisfaction) {
    }

    @Schema(name = "VisitorInput")
    public record VisitorInput(@Schema(required = true, maxLength = 100) String name, String phone,
                               @Schema(pattern = "^\\d{17}[\\dXx]$", description = "GB 11643：18 位，出生日期真实，末位为校验码 / 18 characters, a real birth date, the GB 11643 check character last", example = "11010519491231002X") String idNumber) {
    }

    @Schema(name = "NewCaseInput", description = "接访时登记的新事项 / A case registered at the meeting")
    public record NewCaseInput(@Schema(required = true, maxLength = 200) String subject,
                               @Schema(required = true, maxLength = 64) String category,
                               Map<String, Object> form) {
    }

    @Schema(name = "OwnershipRequest", description = "领导包案 / A leader takes ownership of a case")
    public record OwnershipRequest(@Schema(description = "省略时为调用者本人 / The caller when left out") String leaderUsername,
                                   @Schema(required = true) String handlerUsername,
                                   @Schema(required = true, maxLength = 1000) String task,
                                   @Schema(required = true, format = "date", description = "晚于今天 / After today") String dueOn) {
    }

    @Schema(name = "OrderRequest", description = "督办 / A supervision order")
    public record OrderRequest(@Schema(required = true, enumeration = {"SUPERVISION", "LISTED"}) String kind,
                               @Schema(required = true, maxLength = 2000) String reason,
                               @Schema(format = "date", description = "省略时按设置 / The setting's period when left out") String dueOn,
                               @Schema(description = "发出督办的单位，省略时为最近的上级 / The issuing unit; the nearest above when left out") Long issuingUnitId) {
    }

    @Schema(name = "OrderAnswerRequest", description = "书面报告 / A written answer")
    public record OrderAnswerRequest(@Schema(required = true, maxLength = 4000) String answer) {
    }

    @Schema(name = "NoteRequest", description = "附言 / An optional note")
    public record NoteRequest(@Schema(maxLength = 1000) String note) {
    }

    @Schema(name = "ReportRequest", description = "办理结果 / The result reported back")
    public record ReportRequest(@Schema(required = true, maxLength = 4000) String report) {
    }

    @Schema(name = "ReturnRequest", description = "退回重办 / Returned for more work")
    public record ReturnRequest(@Schema(required = true, maxLength = 1000) String reason,
                                @Schema(required = true, format = "date") String dueOn) {
    }

    @Schema(name = "DutyRequest", description = "“四包”的一项 / One of the four duties")
    public record DutyRequest(@Schema(required = true, enumeration = {"INVESTIGATE", "HANDLE", "COUNSEL", "SETTLE"}) String duty,
                              @Schema(required = true, maxLength = 1000) String note) {
    }

    @Schema(name = "PlanRequest", description = "工作专班与化解方案 / Working group and plan")
    public record PlanRequest(@Schema(maxLength = 1000) String workingGroup, @Schema(maxLength = 4000) String plan) {
    }

    @Schema(name = "ZeroReportRequest", description = "零报告或定期报告 / A unit's report for a period")
    public record ZeroReportRequest(
            @Schema(required = true, description = "报送单位 / The unit reporting") Long unitId,
            @Schema(required = true, format = "date", example = "2026-03-02",
                    description = "该期中的任一天，不晚于今天、一年以内 / Any day of the period, not after today, within a year") String period,
            @Schema(required = true, description = "无情况（零报告）/ Nothing to report") Boolean nothingToReport,
            @Schema(minimum = "0", maximum = "100000", description = "来访批次 / Visit batches") Integer visitBatches,
            @Schema(minimum = "0", maximum = "100000", description = "来访人次，不少于批次 / Visitors, at least the batches") Integer visitPersons,
            @Schema(minimum = "0", maximum = "100000", description = "群体性事件等 / Incidents") Integer incidents,
            @Schema(maxLength = 2000, description = "有情况时必填 / Required unless nothing to report") String notes) {
    }

    @Schema(name = "RemindRequest", description = "催报 / Remind the units below missing their report")
    public record RemindRequest(@Schema(required = true, description = "上级单位 / The unit above") Long unitId,
                                @Schema(format = "date", description = "默认今天 / Default today") String date) {
    }

    @Schema(name = "ScheduleRequest", description = "报送规则 / A reporting rule")
    public record ScheduleRequest(
            @Schema(required = true, enumeration = {"DAILY", "WEEKLY", "MONTHLY"}) String cadence,
            @Schema(required = true, example = "15:30", description = "截止时间 HH:mm / Cut-off time") String cutOff,
            @Schema(enumeration = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"},
                    description = "每周报送的截止星期（必填）/ Weekly: the weekday due (required)") String dueWeekday,
            @Schema(minimum = "1", maximum = "31", description = "每月报送的截止日（必填；超过月末按月末）/ Monthly: the day due (required; past the month's end, its last day)")
            Integer dueDay,
            @Schema(description = "每月报送截止于次月 / Monthly: due in the month after") Boolean dueNextMonth) {
    }

    @Schema(name = "DisputeRequest", description = "排查出的矛盾纠纷 / A dispute found in screening")
    public record DisputeRequest(
            @Schema(required = true, description = "台账所属单位 / The unit whose ledger it goes in") Long unitId,
            @Schema(required = true, format = "date", description = "排查日期，不晚于今天 / The day found, not after today") String foundOn,
            @Schema(required = true, maxLength = 500, example = "张某、李某") String parties,
            @Schema(required = true, maxLength = 2000, example = "宅基地边界争议") String matter,
            @Schema(required = true, enumeration = {"HIGH", "MEDIUM", "LOW"}) String risk,
            @Schema(required = true, maxLength = 100) String responsiblePerson,
            @Schema(required = true, maxLength = 2000) String plan,
            @Schema(required = true, format = "date", description = "化解时限，不早于排查日期、一年以内 / Time limit, not before the day found, within a year")
            String dueOn) {
    }

    @Schema(name = "ResolutionRequest", description = "化解情况 / How the dispute was resolved")
    public record ResolutionRequest(@Schema(required = true, maxLength = 2000) String note) {
    }

    @Schema(name = "CaseLinkRequest", description = "转为的信访事项 / The case the dispute became")
    public record CaseLinkRequest(@Schema(required = true) Long caseId) {
    }

    @Schema(name = "RoundRequest", description = "本轮排查已完成 / A screening round done")
    public record RoundRequest(@Schema(required = true) Long unitId,
                               @Schema(format = "date", description = "该轮中的任一天，默认今天 / Any day of the round, default today") String day,
                               @Schema(maxLength = 1000) String note) {
    }

    @Schema(name = "CloseAssessmentRequest", description = "考核定稿 / Closing an assessment")
    public record CloseAssessmentRequest(
            @Schema(required = true, description = "考核单位（评其直属下级）/ The unit assessing those directly below it") Long unitId,
            @Schema(required = true, format = "date", example = "2026-10-01", description = "统计期起 / First day") String from,
            @Schema(required = true, format = "date", example = "2026-10-31", description = "统计期止，早于今天 / Last day, before today") String to) {
    }
}
