package org.xinfang.web.interfaces.web.reception;

import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.web.interfaces.web.UiMessages;

/** How the reception pages show a refusal: each field the service named, with its label on the page; anything else as said. */
final class ReceptionRefusals {

    private ReceptionRefusals() {
    }

    static void show(UiMessages messages, RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> messages.error(null, messages.textOr("reception.field." + p.field(), p.field()) + "：" + p.message()));
        } else {
            messages.error(null, e.getMessage());
        }
    }
}
