package org.xinfang.web.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.xinfang.core.application.access.Accounts;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * 用户管理, for administrators (web.xml lets only ADMIN in): every account with its roles per unit;
 * create one with a first role and a first password, give and take roles, disable and enable, reset a
 * password. The page only gathers input: {@link Accounts} checks and refuses, naming the field.
 */
@Named
@ViewScoped
public class ManageAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One account as the table shows it. */
    public record Row(String username, String displayName, String email, boolean enabled, boolean mustChangePassword,
                      List<RoleRow> roles) implements Serializable {
    }

    /** A role held in one unit. */
    public record RoleRow(String role, String label, long unitId, String unitName) implements Serializable {
    }

    @Inject
    private Accounts accounts;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    @Inject
    private LocaleSwitch localeSwitch;

    private List<Row> rows;

    private List<SelectItem> unitItems;

    // The new account.
    private String username;
    private String displayName;
    private String email;
    private String password;
    private Long unitId;
    private String role;

    // A role to give to an existing account.
    private String grantTo;
    private Long grantUnitId;
    private String grantRole;

    // A password reset.
    private String resetFor;
    private String resetPassword;

    @PostConstruct
    void start() {
        load();
    }

    private void load() {
        Locale locale = localeSwitch.getLocale();
        rows = accounts.all(webCaller.get()).stream().map(u -> row(u, locale)).toList();
    }

    private Row row(AppUser u, Locale locale) {
        return new Row(u.getUsername(), u.getDisplayName(), u.getEmail(), u.isEnabled(), u.isMustChangePassword(),
                u.getRoles().stream().map(r -> new RoleRow(r.getRoleName(), plugins.roleLabel(r.getRoleName(), locale),
                        r.getUnit().getId(), r.getUnit().getName())).toList());
    }

    public void create() {
        if (act(() -> accounts.create(webCaller.get(), new Accounts.NewAccount(username, displayName, email, password, unitId, role)),
                "accounts.done.created", username)) {
            username = displayName = email = password = role = null;
            unitId = null;
        }
    }

    public void grant() {
        act(() -> accounts.grant(webCaller.get(), grantTo, grantUnitId, grantRole), "accounts.done.granted", grantTo);
    }

    public void revoke(String account, long unit, String roleName) {
        act(() -> accounts.revoke(webCaller.get(), account, unit, roleName), "accounts.done.revoked", account);
    }

    public void toggle(String account, boolean enable) {
        act(() -> accounts.setEnabled(webCaller.get(), account, enable), enable ? "accounts.done.enabled" : "accounts.done.disabled", account);
    }

    public void reset() {
        if (act(() -> accounts.resetPassword(webCaller.get(), resetFor, resetPassword), "accounts.done.reset", resetFor)) {
            resetPassword = null;
        }
    }

    /** Runs one change, says what happened or why not, and reloads the table; true when it was done. */
    private boolean act(Supplier<AppUser> change, String doneKey, String account) {
        try {
            change.get();
        } catch (RuntimeException refused) {
            messages.refused("accounts.field.", refused);
            return false;
        }
        messages.info(null, messages.text(doneKey, account));
        load();
        return true;
    }

    /** Every unit, in tree order, for the two unit menus: read once for the view, not at each render. */
    public List<SelectItem> getUnits() {
        if (unitItems == null) {
            unitItems = units.findAll().stream().sorted(CallerUnits.TREE_ORDER).map(u -> new SelectItem(u.getId(), u.getName())).toList();
        }
        return unitItems;
    }

    /** The roles the unit of the new account knows. */
    public List<SelectItem> getRoles() {
        return rolesIn(unitId);
    }

    /** The roles the unit of the role to give knows. */
    public List<SelectItem> getGrantRoles() {
        return rolesIn(grantUnitId);
    }

    private List<SelectItem> rolesIn(Long id) {
        Locale locale = localeSwitch.getLocale();
        OrgUnit unit = id == null ? null : units.find(id).orElse(null);
        return unit == null ? List.of() : accounts.rolesOf(unit).stream()
                .map(r -> new SelectItem(r, plugins.roleLabel(r, locale) + " (" + r + ")")).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getGrantTo() {
        return grantTo;
    }

    public void setGrantTo(String grantTo) {
        this.grantTo = grantTo;
    }

    public Long getGrantUnitId() {
        return grantUnitId;
    }

    public void setGrantUnitId(Long grantUnitId) {
        this.grantUnitId = grantUnitId;
    }

    public String getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(String grantRole) {
        this.grantRole = grantRole;
    }

    public String getResetFor() {
        return resetFor;
    }

    public void setResetFor(String resetFor) {
        this.resetFor = resetFor;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
