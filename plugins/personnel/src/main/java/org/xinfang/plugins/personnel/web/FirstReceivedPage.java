package org.xinfang.plugins.personnel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.personnel.PersonnelLabels;
import org.xinfang.plugins.personnel.PersonnelPlugin;
import org.xinfang.plugins.personnel.firstreceiver.FirstReceivers;

/** The matters the signed-in user first received ({@code /plugins/personnel/first-received.xhtml}), wherever they are now. */
@Named("personnelFirstReceived")
@RequestScoped
public class FirstReceivedPage {

    /** Every state a personnel matter can be in, the general procedure's and the bureau's own. */
    private static final Map<String, StateDeclaration> STATES = Stream.concat(GeneralProcedure.declaration().states().stream(),
                    new PersonnelPlugin().procedures().stream().flatMap(p -> p.states().stream()))
            .collect(Collectors.toMap(StateDeclaration::name, Function.identity(), (a, b) -> a));

    @Inject
    private Callers callers;

    @Inject
    private FirstReceivers firstReceivers;

    @Inject
    private PersonnelLabels labels;

    private List<FirstReceivers.Mine> rows;

    public List<FirstReceivers.Mine> getRows() {
        if (rows == null) {
            rows = firstReceivers.mine(callers.current());
        }
        return rows;
    }

    /** The state's label in the page's language. */
    public String stateLabel(String state) {
        StateDeclaration declared = STATES.get(state);
        return declared == null ? state : labels.label(declared::label);
    }
}
