package org.xinfang.plugins.discipline.recusal;

/** Why a person must stand aside from a report (labels and wording {@code discipline.recusal.ground.<NAME>}). */
public enum Ground {
    /** The person is the accused. */
    IS_ACCUSED,
    /** The person holds a post in the accused's unit. */
    FROM_ACCUSED_UNIT,
    /** The person declared a conflict of interest on this report. */
    DECLARED
}
