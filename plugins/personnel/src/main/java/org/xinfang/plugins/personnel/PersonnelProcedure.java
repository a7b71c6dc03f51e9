package org.xinfang.plugins.personnel;

import static org.xinfang.api.plugin.GeneralProcedure.ASSIGNED;
import static org.xinfang.api.plugin.GeneralProcedure.FORWARDED;
import static org.xinfang.api.plugin.GeneralProcedure.REGISTERED;
import static org.xinfang.plugins.personnel.PersonnelPlugin.ROLE_CLERK;
import static org.xinfang.plugins.personnel.PersonnelPlugin.ROLE_HEAD;

import java.util.List;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.GeneralProcedure;
import org.xinfang.api.plugin.ProcedureDeclaration;
import org.xinfang.api.plugin.TransitionDeclaration;

/**
 * The personnel bureau's addition to the general procedure: the head's annotation (阅批). Letters
 * pass the head, who reads each one and writes an instruction; the clerk then assigns it to the
 * section the head named (or, when the matter is not the bureau's, forwards it to the competent
 * body), so no letter is assigned on the clerk's own reading.
 */
final class PersonnelProcedure {

    static final String ID = "personnel";

    /** 已阅批: the head has read the letter and written an instruction on it. */
    static final String ANNOTATED = "annotated";

    private PersonnelProcedure() {
    }

    static ProcedureDeclaration declaration() {
        return new ProcedureDeclaration(
                ID,
                LocalizedText.of("局长阅批程序", "Head's annotation procedure"),
                GeneralProcedure.ID,
                List.of(ANNOTATED),
                List.of(
                        new TransitionDeclaration("annotate",
                                LocalizedText.of("局长阅批", "Annotate (head)"),
                                REGISTERED, ANNOTATED, Set.of(ROLE_HEAD)),
                        new TransitionDeclaration("assignAsAnnotated",
                                LocalizedText.of("按批示交办承办科室", "Assign as the head instructed"),
                                ANNOTATED, ASSIGNED, Set.of(ROLE_CLERK, ROLE_HEAD)),
                        new TransitionDeclaration("forwardAsAnnotated",
                                LocalizedText.of("非本局职能，按批示转送", "Not the bureau's: forward as instructed"),
                                ANNOTATED, FORWARDED, Set.of(ROLE_CLERK, ROLE_HEAD))));
    }
}
