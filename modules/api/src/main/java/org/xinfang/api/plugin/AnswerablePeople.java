package org.xinfang.api.plugin;

import java.util.Set;

/**
 * People a plugin holds answerable for a case besides the staff of the unit that holds it — the
 * personnel bureau's first receiver (首问负责人), who answers for a matter wherever it goes. A plugin
 * provides this as a CDI bean (it reads its own records, which a stateless {@link AgencyPlugin}
 * cannot); the core tells these people of the case's deadlines as it tells the unit's handlers.
 * Without such a bean nobody beyond the unit's staff is told.
 */
public interface AnswerablePeople {

    /** The user names answerable for the case (empty when the plugin names nobody); asked in the reminder's transaction. */
    Set<String> of(long caseId, String agencyType);
}
