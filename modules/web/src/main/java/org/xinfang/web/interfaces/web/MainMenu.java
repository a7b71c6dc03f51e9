package org.xinfang.web.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.MenuEntry;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.ledgers.LedgerUnits;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.reception.ReceptionVisits;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * What the menu offers the signed-in user. It only hides what the user could not use: web.xml and
 * the services refuse it again. Each answer is worked out once per request: Faces asks a component's
 * {@code rendered} several times while it renders, and these answers walk the user's units.
 */
@Named
@RequestScoped
public class MainMenu {

    /** A plugin page in the menu. */
    public record Item(String path, String label) {
    }

    @Inject
    private WebCaller webCaller;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private LocaleSwitch localeSwitch;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private ReceptionVisits receptionVisits;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private LedgerUnits ledgerUnits;

    private final Map<String, Boolean> answers = new HashMap<>();

    public boolean isMayRegister() {
        return once("register", () -> callerUnits.mayRegisterSomewhere(webCaller.get()));
    }

    /** The leader's page: for whoever leads a unit, keeps a desk, or leads above one. */
    public boolean isMayLead() {
        return once("lead", () -> receptionVisits.leadsSomewhere(webCaller.get()) || isMayRecordVisits());
    }

    /** The reception records: for a unit's desk (leader or clerk). */
    public boolean isMayRecordVisits() {
        return once("visits", () -> receptionVisits.keepsADesk(webCaller.get()));
    }

    /** The reveal log of sealed identities: for the leaders of agencies that seal them. */
    public boolean isMayReadReveals() {
        return once("reveals", () -> disclosure.readsRevealLog(webCaller.get()));
    }

    /** 零报告: for the clerks and leaders of a unit, who report for it. */
    public boolean isKeepsLedgers() {
        return once("ledgers", () -> !ledgerUnits.keptBy(webCaller.get()).isEmpty());
    }

    private boolean once(String question, BooleanSupplier answer) {
        Boolean known = answers.get(question);
        if (known == null) {
            known = answer.getAsBoolean();
            answers.put(question, known);
        }
        return known;
    }

    public boolean isAdmin() {
        return webCaller.get().hasRole(CoreRoles.ADMIN);
    }

    /**
     * The plugins' pages the user may open: an entry naming roles needs one of them; an entry naming
     * none is for everyone working in a unit of that plugin's agency type.
     */
    public List<Item> getPluginPages() {
        Caller caller = webCaller.get();
        return plugins.plugins().stream()
                .flatMap(p -> p.menu().stream().filter(entry -> shows(caller, p, entry)))
                .map(entry -> new Item(entry.path(), entry.label().in(localeSwitch.getLocale())))
                .toList();
    }

    /** Whether the caller may open the plugin's page {@code entry}; the page gate asks the same of an address typed in. */
    public static boolean shows(Caller caller, AgencyPlugin plugin, MenuEntry entry) {
        if (!entry.roles().isEmpty()) {
            return caller.hasAnyRole(entry.roles());
        }
        return caller.grants().stream().anyMatch(g -> plugin.id().equals(g.agencyType()));
    }
}
