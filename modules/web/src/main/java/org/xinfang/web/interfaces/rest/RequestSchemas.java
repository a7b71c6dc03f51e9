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
                      @Schema(pattern = "^\\d{17}[\\dXx]$") String idNumber,
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
            @Schema(enumeration = {"SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"}) String satisfaction) {
    }

    @Schema(name = "VisitorInput")
    public record VisitorInput(@Schema(required = true, maxLength = 100) String name, String phone,
                               @Schema(pattern = "^\\d{17}[\\dXx]$") String idNumber) {
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
}
