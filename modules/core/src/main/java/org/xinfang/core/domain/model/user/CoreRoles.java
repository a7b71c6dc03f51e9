package org.xinfang.core.domain.model.user;

import java.util.List;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.plugin.RoleDeclaration;

/** The roles every unit knows, whatever its agency type; plugins add their own. */
public final class CoreRoles {

    /** Manages users, units, settings; sees the installed plugins. */
    public static final String ADMIN = CoreRole.ADMIN;
    /** Registers matters at the window (登记). */
    public static final String CLERK = CoreRole.CLERK;
    /** Handles assigned matters (承办). */
    public static final String HANDLER = CoreRole.HANDLER;
    /** Approves, supervises, owns cases (领导). */
    public static final String LEADER = CoreRole.LEADER;

    /** The staff who work on a unit's matters — register, handle, decide — as opposed to those who only see or guard them. */
    public static final Set<String> STAFF = Set.of(CLERK, HANDLER, LEADER);

    public static final List<RoleDeclaration> ALL = List.of(
            new RoleDeclaration(ADMIN, LocalizedText.of("系统管理员", "Administrator")),
            new RoleDeclaration(CLERK, LocalizedText.of("登记员", "Registration clerk")),
            new RoleDeclaration(HANDLER, LocalizedText.of("承办人", "Handler")),
            new RoleDeclaration(LEADER, LocalizedText.of("领导", "Leader")));

    private CoreRoles() {
    }
}
