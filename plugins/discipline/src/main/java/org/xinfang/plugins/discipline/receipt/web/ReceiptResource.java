package org.xinfang.plugins.discipline.receipt.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.receipt.Receipts;
import org.xinfang.plugins.discipline.receipt.ReporterMessage;

/**
 * The committee's side of an anonymous report's receipt: give the code (once: this answer is the only
 * place it is ever shown), read what passed through it, answer the reporter in writing.
 */
@Path("discipline/cases/{caseId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    /** The public page where the reporter uses the code (under the application's context root). */
    public static final String PUBLIC_PAGE = "/public/plugins/discipline/receipt.xhtml";

    public record IssuedView(long caseId, String caseNumber, String code, LocalDateTime issuedAt, String publicPage) {
    }

    public record MessageView(String kind, String text, Long documentId, String label, LocalDateTime at, String by) {
    }

    public record ReceiptView(boolean anonymous, boolean issued, LocalDateTime issuedAt, boolean mayIssue, boolean mayAnswer,
                              List<MessageView> messages) {
    }

    @Inject
    Callers callers;

    @Inject
    Receipts receipts;

    @POST
    @Path("receipt")
    public Response issue(@PathParam("caseId") long caseId) {
        Receipts.Issued issued = receipts.issue(callers.current(), caseId);
        return Response.status(Response.Status.CREATED)
                .entity(JsonFields.write(new IssuedView(issued.caseId(), issued.caseNumber(), issued.code(), issued.issuedAt(), PUBLIC_PAGE)))
                .build();
    }

    @GET
    @Path("receipt")
    public String read(@PathParam("caseId") long caseId) {
        Receipts.StaffView view = receipts.staffView(callers.current(), caseId);
        return JsonFields.write(new ReceiptView(view.anonymous(), view.issued(), view.issuedAt(), view.mayIssue(), view.mayAnswer(),
                view.messages().stream().map(ReceiptResource::message).toList()));
    }

    @POST
    @Path("reporter-answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("caseId") long caseId, String body) {
        Caller caller = callers.current();
        ReporterMessage answer = receipts.answer(caller, caseId, JsonFields.text(body, "text"));
        return Response.status(Response.Status.CREATED).entity(JsonFields.write(message(answer))).build();
    }

    private static MessageView message(ReporterMessage m) {
        return new MessageView(m.getKind().name(), m.getBody(), m.getDocumentId(), m.getDocumentLabel(), m.getCreatedAt(), m.getCreatedBy());
    }
}
