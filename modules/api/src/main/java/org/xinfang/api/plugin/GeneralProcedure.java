package org.xinfang.api.plugin;

import java.util.Set;

/**
 * The states of the core's general procedure (信访工作条例), by the names procedures use. A plugin's
 * procedure that extends {@link #ID} starts from and returns to these states; naming them here keeps
 * one spelling for every plugin.
 */
public final class GeneralProcedure {

    public static final String ID = "general";

    public static final String REGISTERED = "registered";
    public static final String FORWARDED = "forwarded";
    public static final String ASSIGNED = "assigned";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final String HANDLING = "handling";
    public static final String DECIDED = "decided";
    public static final String REVIEWING = "reviewing";
    public static final String RE_REVIEWING = "re_reviewing";
    public static final String CONCLUDED = "concluded";

    public static final Set<String> STATES = Set.of(REGISTERED, FORWARDED, ASSIGNED, ACCEPTED, DECLINED, HANDLING,
            DECIDED, REVIEWING, RE_REVIEWING, CONCLUDED);

    private GeneralProcedure() {
    }
}
