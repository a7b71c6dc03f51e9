package org.xinfang.core.application.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * A unit to create, as the administrator enters it: where it hangs (no parent makes a new root), its
 * code (unique, fixed for good: imports and plugins find units by it), names, level, agency type and
 * seal text. Field names are the API's.
 */
public record NewUnit(
        Long parentId,
        @NotBlank(message = "{unit.code.required}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}", message = "{unit.code.invalid}") String code,
        @NotBlank(message = "{unit.name.required}") @Size(max = OrgUnit.LONGEST_NAME, message = "{unit.name.tooLong}") String name,
        @NotBlank(message = "{unit.shortName.required}")
        @Size(max = OrgUnit.LONGEST_SHORT_NAME, message = "{unit.shortName.tooLong}") String shortName,
        @NotNull(message = "{unit.level.required}") UnitLevel level,
        @NotBlank(message = "{unit.agencyType.required}") String agencyType,
        @Size(max = OrgUnit.LONGEST_SEAL_TEXT, message = "{unit.sealText.tooLong}") String sealText) {

    /** The names of the new unit, which are checked as a renaming's are. */
    UnitNames names() {
        return new UnitNames(name, shortName, sealText);
    }
}
