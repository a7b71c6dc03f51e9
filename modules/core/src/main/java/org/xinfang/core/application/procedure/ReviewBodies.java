package org.xinfang.core.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.procedure.ReviewLine;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.unit.AgencyLine;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * The body that reviews (复查) or re-reviews (复核) a unit's decision on a case, by the rule the case's
 * agency declares ({@link AgencyPlugin#reviewLine()}; the core's own cases follow
 * {@link ReviewLine#government()}). The engine moves a review there and the notices name it: one
 * answer for both, so that a notice never sends the petitioner to a body the case will not reach.
 */
@ApplicationScoped
public class ReviewBodies {

    @Inject
    private OrgUnitRepository units;

    @Inject
    private PluginRegistry plugins;

    /** The review rule of an agency's cases. */
    public ReviewLine lineOf(String agencyType) {
        return plugins.find(agencyType).map(AgencyPlugin::reviewLine).orElseGet(ReviewLine::government);
    }

    /**
     * The body that reviews the decisions {@code deciding} makes on cases of {@code agencyType}, or empty
     * when none lies above it.
     */
    @Transactional
    public Optional<OrgUnit> above(String agencyType, OrgUnit deciding) {
        // The unit may come from another transaction (a page's): walk the tree from the unit as read here.
        OrgUnit start = units.find(deciding.getId()).orElse(deciding);
        return new AgencyLine(units::childrenOf).reviewBody(start, lineOf(agencyType));
    }
}
