package org.xinfang.web.interfaces.web.prevention;

import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.web.interfaces.web.UiMessages;

/** How the prevention pages show a refusal: each field the service named, with its label on the page; anything else as said. */
final class PreventionRefusals {

    private PreventionRefusals() {
    }

    static void show(UiMessages messages, RuntimeException e) {
        show(messages, e, "prevention.field.");
    }

    /** As {@link #show(UiMessages, RuntimeException)}, a field labelled by {@code ownLabels + field} first where the page names it so. */
    static void show(UiMessages messages, RuntimeException e, String ownLabels) {
        if (e instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> {
                String field = p.field().replaceAll("\\[\\d+]", "");
                String label = messages.textOr(ownLabels + field, messages.textOr("prevention.field." + field, p.field()));
                messages.error(null, label + "：" + p.message());
            });
        } else {
            messages.error(null, e.getMessage());
        }
    }
}
