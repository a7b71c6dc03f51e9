package org.xinfang.api.port;

import java.time.LocalDate;

/**
 * What a plugin may know of a case the caller sees: its identity, where it is and how far it has
 * come. The petitioner's identity is not here: a plugin that needs it asks the core, which seals it.
 *
 * @param unitPath         the materialised path of the unit that holds it ({@code /1/4/}), for scoping
 * @param concernedUnitId  the unit the matter is about (被反映单位), or null when none was named
 * @param registeringUnitId the unit that registered it (its number's series), wherever it is now
 */
public record CaseFacts(long id, String number, String agencyType, long unitId, String unitName, String unitPath,
                        String state, String subject, LocalDate receivedOn, long version, Long concernedUnitId,
                        long registeringUnitId) {

    /** Whether the case has not left the unit that registered it. */
    public boolean atRegisteringUnit() {
        return unitId == registeringUnitId;
    }
}
