package org.xinfang.api.plugin;

/**
 * The roles every unit knows. The general procedure is fired by these; a plugin role says which
 * one it acts as ({@link RoleDeclaration#actsAs()}), so a court's reception clerk may register and
 * forward as a clerk does.
 */
public final class CoreRole {

    /** Manages users, units, settings, the work calendar. */
    public static final String ADMIN = "ADMIN";
    /** Registers matters at the window (登记). */
    public static final String CLERK = "CLERK";
    /** Handles matters (承办). */
    public static final String HANDLER = "HANDLER";
    /** Approves, decides, supervises (领导). */
    public static final String LEADER = "LEADER";

    private CoreRole() {
    }
}
