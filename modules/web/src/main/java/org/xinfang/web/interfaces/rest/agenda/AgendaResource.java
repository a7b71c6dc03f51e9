package org.xinfang.web.interfaces.rest.agenda;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.core.application.agenda.Agenda;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.ledgers.ZeroReports.MonthStanding;
import org.xinfang.core.application.ledgers.ZeroReports.Standing;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.cases.CaseSummary;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.MessageJson;
import org.xinfang.web.interfaces.rest.supervision.SupervisionJson.OrderJson;

/** The caller's day (工作台) as JSON: the home page's panels, each its first rows and its count. */
@Path("me/agenda")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "当前用户 / The signed-in user")
public class AgendaResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    Agenda agenda;

    @Inject
    IdentityDisclosure disclosure;

    @Schema(name = "CasePanel", description = "事项面板：前几件与总件数 / A panel of matters: the first rows and how many in all")
    public record CasePanel(long total, List<CaseSummary> rows) {
    }

    @Schema(name = "OrderPanel", description = "待书面报告的督办 / Orders waiting for a written answer")
    public record OrderPanel(long total, List<OrderJson> rows) {
    }

    @Schema(name = "MessagePanel", description = "未读消息 / Unread messages")
    public record MessagePanel(long total, List<MessageJson> rows) {
    }

    @Schema(name = "OwnedCase", description = "未办结的包案 / An open 包案")
    public record OwnedJson(Long caseId, String caseNumber, String subject, String task, @Schema(format = "date") LocalDate dueOn,
                            boolean overdue) {
    }

    @Schema(name = "OwnedPanel", description = "本人包案 / The caller's open 包案")
    public record OwnedPanel(long total, List<OwnedJson> rows) {
    }

    @Schema(name = "TodaySession", description = "今日的一场领导接访 / A reception session today")
    public record SessionJson(Long unitId, String unitName, Long slotId, String startsAt, String endsAt, String leaderName, String place,
                              int capacity, int booked) {
    }

    @Schema(name = "ZeroReportMonth", description = "本单位零报告：今天这一期与本月各期 / A unit's zero report: today's period and this month's")
    public record ZeroJson(Long unitId, String unitName, Standing today, LocalDateTime cutOff, Map<Standing, Integer> month) {
    }

    @Schema(name = "UnitOverdue", description = "一个单位的超期件数 / A unit's overdue count")
    public record UnitCountJson(Long unitId, String unitName, long count) {
    }

    @Schema(name = "Figures", description = "可查看范围内的数字 / Counts over everything the caller sees")
    public record FiguresJson(long open, long overdue, long concludedThisMonth, long receivedThisMonth) {
    }

    @Schema(name = "Agenda", description = "工作台：与本人角色无关的面板为 null / The caller's day; a panel that does not concern the caller's roles is null")
    public record AgendaJson(@Schema(format = "date") LocalDate today,
                             @Schema(format = "date", description = "即将到期的截止日（按工作日） / The last day of the due-soon window (working days)")
                             LocalDate soonUntil,
                             CasePanel dueToday, CasePanel dueSoon, CasePanel overdue, CasePanel waiting, OrderPanel orders,
                             MessagePanel unread, List<SessionJson> receptions, List<ZeroJson> zeroReports, OwnedPanel owned,
                             CasePanel unitsOverdue, List<UnitCountJson> overdueByUnit, FiguresJson figures) {
    }

    @GET
    @Operation(operationId = "getMyAgenda", summary = "工作台 / The caller's day",
            description = "今日到期、即将到期、已超期、待我办理、待书面报告的督办、未读消息、今日接访、本月零报告；领导另有包案、所辖单位超期事项和数字一览。"
                    + "各面板最多列 5 件并给出总件数，均限于本人可查看的范围。 / Due today, due soon, overdue, waiting for the caller's step,"
                    + " orders to answer, unread messages, today's receptions, this month's zero report; for leaders also their 包案, their units'"
                    + " overdue matters and the figures. Each panel lists at most 5 rows with the count of all, within what the caller may see.")
    @APIResponse(responseCode = "200", description = "工作台 / The caller's day",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaJson.class)))
    @APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
    public AgendaJson get() {
        Agenda.Day day = agenda.of(apiCaller.get());
        return new AgendaJson(day.today(), day.soonUntil(), cases(day.dueToday()), cases(day.dueSoon()), cases(day.overdue()),
                cases(day.waiting()),
                day.orders() == null ? null : new OrderPanel(day.orders().total(), day.orders().rows().stream()
                        .map(l -> OrderJson.of(l.order(), l.overdue(), true, false)).toList()),
                new MessagePanel(day.unread().total(), day.unread().rows().stream().map(MessageJson::of).toList()),
                day.receptions() == null ? null : day.receptions().stream().map(AgendaResource::session).toList(),
                day.zeroReports() == null ? null : day.zeroReports().stream().map(AgendaResource::zero).toList(),
                day.owned() == null ? null : new OwnedPanel(day.owned().total(), day.owned().rows().stream()
                        .map(o -> new OwnedJson(o.ownership().getCaseId(), o.caseNumber(), o.subject(), o.ownership().getTask(),
                                o.ownership().getDueOn(), o.overdue())).toList()),
                cases(day.unitsOverdue()),
                day.overdueByUnit() == null ? null : day.overdueByUnit().stream()
                        .map(u -> new UnitCountJson(u.unitId(), u.unitName(), u.count())).toList(),
                day.figures() == null ? null : new FiguresJson(day.figures().open(), day.figures().overdue(),
                        day.figures().concludedThisMonth(), day.figures().receivedThisMonth()));
    }

    private CasePanel cases(Agenda.Panel<Agenda.Matter> panel) {
        return panel == null ? null : new CasePanel(panel.total(), panel.rows().stream()
                .map(m -> CaseSummary.of(m.caseFile(), m.deadline(), disclosure)).toList());
    }

    private static SessionJson session(Agenda.Session s) {
        ReceptionSlot slot = s.slot().slot();
        return new SessionJson(s.unit().getId(), s.unit().getName(), slot.getId(), slot.getStartsAt().toString(), slot.getEndsAt().toString(),
                slot.getRule().getLeaderName(), slot.getRule().getPlace(), slot.getCapacity(), s.slot().booked());
    }

    private static ZeroJson zero(MonthStanding m) {
        return new ZeroJson(m.unit().getId(), m.unit().getName(), m.today().standing(), m.today().dueAt(), m.month());
    }
}
