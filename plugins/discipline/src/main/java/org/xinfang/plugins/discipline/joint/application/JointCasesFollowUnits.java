package org.xinfang.plugins.discipline.joint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.xinfang.api.event.UnitMoved;

/**
 * Keeps the paths a joint case is scoped by — its committee's and its reporting unit's — in step with
 * the tree, in the transaction of the move: when an administrator moves a committee or a township
 * office, its joint cases stay visible to its own people and to its new superiors, and no longer to
 * the old ones.
 */
@ApplicationScoped
public class JointCasesFollowUnits {

    @Inject
    private JointRecords records;

    void moved(@Observes UnitMoved moved) {
        records.reroot(moved.oldPath(), moved.newPath());
    }
}
