package org.xinfang.web.interfaces.web.prevention;

import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.web.interfaces.web.UiMessages;

/** How the prevention pages show a refusal: each field the service named, with its label on the page; anything else as said. */
final class PreventionRefusals {

    private PreventionRefusals() {
    }

    static void show(UiMessages messages, RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> messages.error(null,
                    messages.textOr("prevention.field." + p.field().replaceAll("\\[\\d+]", ""), p.field()) + "：" + p.message()));
        } else {
            messages.error(null, e.getMessage());
        }
    }
}
