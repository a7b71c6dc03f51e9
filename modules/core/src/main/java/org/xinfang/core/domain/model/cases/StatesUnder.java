package org.xinfang.core.domain.model.cases;

/** Cases in a unit's subtree (its materialised path) that are in one of {@code states}. */
public record StatesUnder(String unitPath, AgencyStates states) {
}
