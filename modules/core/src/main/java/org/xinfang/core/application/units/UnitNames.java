package org.xinfang.core.application.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * What a renaming changes: the full name, the short name of case numbers and letter headings
 * (朝阳信访), and the seal text (blank: the seal shows the full name). Field names are the API's.
 */
public record UnitNames(
        @NotBlank(message = "{unit.name.required}") @Size(max = OrgUnit.LONGEST_NAME, message = "{unit.name.tooLong}") String name,
        @NotBlank(message = "{unit.shortName.required}")
        @Size(max = OrgUnit.LONGEST_SHORT_NAME, message = "{unit.shortName.tooLong}") String shortName,
        @Size(max = OrgUnit.LONGEST_SEAL_TEXT, message = "{unit.sealText.tooLong}") String sealText) {

    String strippedName() {
        return name.strip();
    }

    String strippedShortName() {
        return shortName.strip();
    }

    String strippedSealText() {
        return sealText == null || sealText.isBlank() ? null : sealText.strip();
    }
}
