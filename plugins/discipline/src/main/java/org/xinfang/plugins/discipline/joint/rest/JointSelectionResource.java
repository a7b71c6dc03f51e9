package org.xinfang.plugins.discipline.joint.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.joint.Eligibility;
import org.xinfang.plugins.discipline.joint.application.Selection;
import org.xinfang.plugins.discipline.joint.rest.JointViews.JointCaseJson;
import org.xinfang.plugins.discipline.kernel.Input;

/** The 拟办单: the office proposes with the categories ticked; a leader approves (the form is issued as a numbered PDF) or rejects. */
@Path("discipline/joint")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JointSelectionResource {

    @Inject
    Callers callers;

    @Inject
    Selection selection;

    @Inject
    Clock clock;

    /** {@code {"eligibility":["URGENT",…],"proposal":"拟列为联查件…"}}: at least one of the eight categories. */
    @POST
    @Path("cases/{id}/proposal")
    public JointCaseJson propose(@PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        var eligibility = in.choices("eligibility", Eligibility.class);
        String proposal = in.text("proposal", 1000, true);
        in.refuseIfProblems();
        return JointCaseJson.of(selection.propose(caller, id, eligibility, proposal), caller, LocalDate.now(clock));
    }

    /** {@code {"approve":true,"note":"同意"}}: a leader of the committee only. */
    @POST
    @Path("cases/{id}/decision")
    public JointCaseJson decide(@PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Boolean approve = in.flag("approve", true);
        String note = in.text("note", 500, false);
        in.refuseIfProblems();
        return JointCaseJson.of(selection.decide(caller, id, approve, note), caller, LocalDate.now(clock));
    }
}
