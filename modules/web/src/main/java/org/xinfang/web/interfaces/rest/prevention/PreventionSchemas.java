package org.xinfang.web.interfaces.rest.prevention;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of the prevention API as the OpenAPI document describes them. The resources read
 * bodies field by field ({@code JsonBody}) to name the field of a wrong type; these only document the contract.
 */
public final class PreventionSchemas {

    private PreventionSchemas() {
    }

    @Schema(name = "RiskAssessmentRequest", description = "信访稳定风险评估 / A project's petition-risk assessment")
    public record AssessmentRequest(
            @Schema(description = "评估单位；省略时为调用者任登记员或领导的第一个单位 / The unit; the caller's first desk when left out") Long unitId,
            @Schema(required = true, maxLength = 200, example = "城东棚户区改造项目") String projectName,
            @Schema(required = true, maxLength = 200, example = "青州城投公司") String projectOwner,
            @Schema(required = true, format = "date", example = "2026-09-01") String plannedStart,
            @Schema(required = true, format = "date", description = "不晚于今天，也不晚于计划开工日期 / Not after today nor after the planned start")
            String assessedOn,
            @Schema(required = true, maxLength = 4000) String risks,
            @Schema(required = true, enumeration = {"HIGH", "MEDIUM", "LOW"}) String riskRating,
            @Schema(maxLength = 4000) String conditions) {
    }

    @Schema(name = "RiskFollowUpRequest", description = "跟踪落实 / A follow-up of the conditions")
    public record FollowUpRequest(@Schema(required = true, format = "date", description = "不早于评估日期、不晚于今天 / From the assessment to today")
                                  String followedOn,
                                  @Schema(required = true, maxLength = 2000) String note) {
    }

    @Schema(name = "MediationRequest", description = "转入调解 / A referral to mediation")
    public record MediationRequest(@Schema(required = true, enumeration = {"PEOPLE", "ADMINISTRATIVE", "JUDICIAL"}) String kind,
                                   @Schema(required = true, maxLength = 200, example = "朝阳区人民调解委员会") String mediator,
                                   @Schema(maxLength = 2000) String matter) {
    }

    @Schema(name = "MediationOutcomeRequest", description = "调解结果 / The outcome of the mediation")
    public record MediationOutcomeRequest(@Schema(required = true, enumeration = {"SUCCEEDED", "FAILED"}) String result,
                                          @Schema(maxLength = 4000, description = "调解成功时必填 / Required when settled") String agreement,
                                          @Schema(required = true, format = "date") String concludedOn) {
    }

    @Schema(name = "MeetingDecisionRequest", description = "例会决定事项 / A decision of the meeting")
    public record DecisionRequest(@Schema(required = true, maxLength = 2000) String decision,
                                  @Schema(required = true, maxLength = 100, example = "王某（副局长）") String responsible,
                                  @Schema(required = true, format = "date", description = "不早于例会日期 / Not before the meeting") String dueOn) {
    }

    @Schema(name = "AnalysisMeetingRequest", description = "会议：研判例会或本单位可用的其他类型 / A meeting: the analysis meeting or another kind open to the unit")
    public record MeetingRequest(
            @Schema(description = "召开单位；省略时为调用者任登记员或领导的第一个单位 / The unit; the caller's first desk when left out") Long unitId,
            @Schema(description = "会议类型代码，见 GET prevention/meetings/kinds；省略为研判例会 / The kind's code (see kinds); left out: the analysis meeting",
                    example = "court.joint", maxLength = 64) String kind,
            @Schema(required = true, format = "date") String meetingDate,
            @Schema(required = true, example = "2026-11", description = "yyyy-MM，不晚于例会所在月份 / Not after the meeting's month") String month,
            @Schema(required = true, maxLength = 1000) String attendees,
            @Schema(maxLength = 1000, example = "区委、区政府、区人民法院",
                    description = "参加单位：记录参加单位的类型（联席会议）必填，其他类型不填 / Outside bodies: required by the kinds that record them, refused by the others")
            String outsideBodies,
            @Schema(maxLength = 4000) String situation,
            @Schema(description = "研判的信访事项编号：本单位及下级单位、调用者可查看的 / Case ids in the unit or below that the caller sees",
                    maxItems = 200) List<Long> caseIds,
            @Schema(maxItems = 50) List<DecisionRequest> decisions) {
    }

    @Schema(name = "DecisionDoneRequest", description = "落实情况 / How the decision was carried out")
    public record DoneRequest(@Schema(required = true, maxLength = 2000) String note) {
    }
}
