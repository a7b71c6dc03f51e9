package org.xinfang.web.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.xinfang.core.application.receipt.Receipts;
import org.xinfang.core.domain.model.user.AppUserRepository;

/**
 * People by their names on the pages: records keep the user name of whoever acted (it is what the
 * audit log and the API carry), and a page shows the person's display name instead, as clerks know
 * each other by name, not by cy.clerk. Each name is read once per request.
 */
@Named
@RequestScoped
public class People {

    @Inject
    private AppUserRepository users;

    @Inject
    private UiMessages messages;

    private final Map<String, String> names = new HashMap<>();

    /**
     * The display name of {@code username}; 匿名反映人 for what an anonymous reporter added through the
     * receipt code; 信访人（网上） for what a petitioner did on the portal; the user name itself when the
     * account is gone or has no name.
     */
    public String name(String username) {
        if (Receipts.REPORTER.equals(username)) {
            return messages.text("people.anonymousReporter");
        }
        if (Receipts.ONLINE_PETITIONER.equals(username)) {
            return messages.text("people.onlinePetitioner");
        }
        return username == null ? "" : names.computeIfAbsent(username,
                u -> users.displayNameOf(u).filter(n -> n != null && !n.isBlank()).orElse(u));
    }
}
