package org.xinfang.core.application.cases;

import org.xinfang.core.domain.model.unit.OrgUnit;

/** Case numbers as written on notices: the unit's short name, the year in 〔〕, the sequence. */
public final class CaseNumbers {

    private CaseNumbers() {
    }

    /** {@code 朝阳信访〔2026〕第00012号}. */
    public static String format(OrgUnit unit, int year, int sequence) {
        return String.format("%s〔%d〕第%05d号", unit.getShortName(), year, sequence);
    }
}
