package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.domain.model.cases.Masking;
import org.xinfang.core.domain.model.cases.Party;

class MaskingTest {

    @Test
    void identityNumberShowsRegionAndLastFourOnly() {
        Party p = new Party(PartyRole.PETITIONER, "王秀英", "370781196805122345", "13905361234", null);
        assertEquals("370781********2345", p.getMaskedIdNumber());
        assertEquals("139****1234", p.getMaskedPhone());
    }

    @Test
    void missingOrShortValuesRevealNothing() {
        assertEquals("", Masking.mask(null, 3, 4));
        assertEquals("", Masking.mask("", 3, 4));
        assertEquals("*****", Masking.mask("12345", 3, 4));
    }
}
