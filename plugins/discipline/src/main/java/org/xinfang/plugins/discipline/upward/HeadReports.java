package org.xinfang.plugins.discipline.upward;

import java.util.Optional;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin.MoveTarget;
import org.xinfang.plugins.discipline.DisciplineCaseForm;
import org.xinfang.plugins.discipline.DisciplinePlugin;

/**
 * The rule on moving a report about a body's own head: only to a discipline commission (the core
 * finds the next one up the line for the sealed step), and the sealed step only for such a report —
 * any other report is handled at home or forwarded by the ordinary steps.
 */
public final class HeadReports {

    /** The step that sends a head's report up, sealed (declared by the plugin's procedure). */
    public static final String SEALED_STEP = "forwardUpwardSealed";

    private HeadReports() {
    }

    /** Why {@code transition} may not move {@code report} to {@code target}, or empty when it may. */
    public static Optional<LocalizedText> refusal(DisciplineCaseForm report, String transition, MoveTarget target) {
        if (report.aboutHead() && !DisciplinePlugin.ID.equals(target.agencyType())) {
            return Optional.of(LocalizedText.of(
                    "反映本机关主要负责人的举报只能密封报送上级纪委监委，不能送交" + target.name() + "。",
                    "A report about this body's head goes sealed to the commission above only, never to " + target.name() + "."));
        }
        if (SEALED_STEP.equals(transition) && !report.aboutHead()) {
            return Optional.of(LocalizedText.of(
                    "只有登记为反映本机关主要负责人的举报才能密封报送上一级纪委监委。",
                    "Only a report registered as about this body's head is sent sealed to the commission above."));
        }
        return Optional.empty();
    }

    /**
     * Why the commission whose head {@code report} is about may not take {@code transition} on it:
     * anything but sending it up would let the head's own body accept, decline or hand it down.
     */
    public static Optional<LocalizedText> refusalAtHome(DisciplineCaseForm report, String transition) {
        if (report.aboutHead() && !SEALED_STEP.equals(transition)) {
            return Optional.of(LocalizedText.of(
                    "此件反映本机关主要负责人，本机关不得自行受理、办理或交办，只能密封报送上一级纪委监委。",
                    "This report is about this body's own head: this body may not accept, handle or assign it, only send it sealed to the commission above."));
        }
        return Optional.empty();
    }

    /**
     * Why the keeper of the commission whose head {@code report} is about may not reveal its reporter:
     * the head's own body must not learn who reported its head, so only the commission above reveals.
     */
    public static Optional<LocalizedText> revealRefusalAtHome(DisciplineCaseForm report) {
        if (report.aboutHead()) {
            return Optional.of(LocalizedText.of(
                    "此件反映本机关主要负责人，举报人身份只能由上一级纪委监委的身份保管人在报送后查看，本机关不得查看。",
                    "This report is about this body's own head: only the identity keeper of the commission above may reveal its reporter, once it is sent there."));
        }
        return Optional.empty();
    }
}
