package org.xinfang.web.interfaces.web.reception;

import org.xinfang.web.interfaces.web.UiMessages;

/** How the reception pages show a refusal: each field the service named, with its label on the page; anything else as said. */
final class ReceptionRefusals {

    private ReceptionRefusals() {
    }

    static void show(UiMessages messages, RuntimeException e) {
        messages.refused("reception.field.", e);
    }
}
