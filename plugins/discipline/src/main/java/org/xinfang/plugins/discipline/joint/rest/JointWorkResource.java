package org.xinfang.plugins.discipline.joint.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.joint.AttachmentKind;
import org.xinfang.plugins.discipline.joint.JointOutcome;
import org.xinfang.plugins.discipline.joint.application.Investigations;
import org.xinfang.plugins.discipline.joint.rest.JointViews.AttachmentJson;
import org.xinfang.plugins.discipline.joint.rest.JointViews.JointCaseJson;
import org.xinfang.plugins.discipline.kernel.Input;
import org.xinfang.plugins.discipline.kernel.Texts;

/** A team's work on a joint case: plan, findings, due date, papers, outcome; and the committee's overdue cases. */
@Path("discipline/joint")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JointWorkResource {

    /** A paper as JSON: at most what the core accepts for an attachment, base64 adds a third. */
    private static final int MAX_BASE64 = 30 * 1024 * 1024;

    @Inject
    Callers callers;

    @Inject
    Investigations investigations;

    @Inject
    Clock clock;

    /** {@code {"plan":"…","findings":"…","dueOn":"2026-06-30"}}: each replaced when given. */
    @PUT
    @Path("cases/{id}/work")
    @Consumes(MediaType.APPLICATION_JSON)
    public JointCaseJson work(@PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        String plan = in.text("plan", 2000, false);
        String findings = in.text("findings", 4000, false);
        LocalDate due = in.date("dueOn", false);
        in.refuseIfProblems();
        return JointCaseJson.of(investigations.recordWork(caller, id, plan, findings, due), caller, LocalDate.now(clock));
    }

    /** {@code {"kind":"INTERVIEW","fileName":"谈话笔录.pdf","title":"…","content":"<base64>"}}: stored with the case by the core's checks. */
    @POST
    @Path("cases/{id}/attachments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attach(@PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        AttachmentKind kind = in.choice("kind", AttachmentKind.class, true);
        String fileName = in.text("fileName", 200, true);
        String title = in.text("title", 200, false);
        String content = in.text("content", MAX_BASE64, true);
        in.refuseIfProblems();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw Texts.invalid(caller.locale(), "content", "discipline.joint.notBase64");
        }
        return Response.status(Response.Status.CREATED)
                .entity(AttachmentJson.of(investigations.attach(caller, id, kind, fileName, title, bytes))).build();
    }

    @GET
    @Path("cases/{id}/attachments")
    public List<AttachmentJson> attachments(@PathParam("id") long id) {
        return investigations.attachments(callers.current(), id).stream().map(AttachmentJson::of).toList();
    }

    /** {@code {"outcome":"FILED","on":"2026-05-10","moneyCollected":30000,"lossesRecovered":60000,"contractsEnded":2,"paymentsRestored":0,"note":"…"}}. */
    @POST
    @Path("cases/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public JointCaseJson outcome(@PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        JointOutcome outcome = in.choice("outcome", JointOutcome.class, true);
        LocalDate on = in.date("on", false);
        BigDecimal money = in.amount("moneyCollected");
        BigDecimal losses = in.amount("lossesRecovered");
        Integer contracts = in.whole("contractsEnded", 0, 10_000, false);
        BigDecimal payments = in.amount("paymentsRestored");
        String note = in.text("note", 1000, false);
        in.refuseIfProblems();
        return JointCaseJson.of(investigations.recordOutcome(caller, id, new Investigations.Outcome(outcome, on, money, losses,
                contracts == null ? 0 : contracts, payments, note)), caller, LocalDate.now(clock));
    }

    /** The committee's joint cases of the year past their due date and not concluded. */
    @GET
    @Path("committees/{committeeId}/overdue")
    public List<JointCaseJson> overdue(@PathParam("committeeId") long committeeId, @QueryParam("year") String year) {
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(clock);
        return investigations.overdue(caller, committeeId, Input.year(year, today.getYear(), caller.locale())).stream()
                .map(c -> JointCaseJson.of(c, caller, today)).toList();
    }
}
