package org.xinfang.plugins.discipline.joint;

import java.util.Map;
import java.util.Optional;
import org.xinfang.api.port.Organisation;

/**
 * A team investigates across regions, never its own members' (片区之间交叉调查): a member from a lower
 * committee bars the team from every case whose region is that committee or lies below it. Members
 * from the committee that runs the investigation bar nothing by their unit — they are the county's
 * own staff, the point of a joint team; recusal still applies to each of them person by person.
 */
public final class RegionRule {

    private RegionRule() {
    }

    /**
     * The first member of {@code team} from the case's region, if any.
     *
     * @param units the units of the team's members, by id
     */
    public static Optional<PoolMember> memberFromRegion(Team team, Organisation.Unit region, Map<Long, Organisation.Unit> units) {
        return team.everyone().stream()
                .filter(m -> !m.getUnitId().equals(team.getCommitteeUnitId()))
                .filter(m -> {
                    Organisation.Unit home = units.get(m.getUnitId());
                    return home != null && home.contains(region);
                })
                .findFirst();
    }
}
