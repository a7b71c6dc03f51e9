package org.xinfang.plugins.discipline.recusal;

import org.xinfang.api.port.Organisation;

/**
 * Who a report is about, as recusal needs it: the name and unit written on the report, and the unit
 * of the organisation tree the accused belongs to (for a township cadre, that township's committee),
 * as recorded for the report or, until one is, the unit the report was registered as being about.
 *
 * @param unitText the accused's unit as the report names it (被反映人单位), or null
 * @param unit     the unit of the tree, or null when none is known
 */
public record Accused(String name, String unitText, Organisation.Unit unit) {
}
