package org.xinfang.core.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Runs under the fixed test key of the core module's surefire configuration. */
class IdentitiesTest {

    @Test
    void phoneMatchesOnItsDigitsHoweverWritten() {
        String key = Identities.phoneKey("13912345678");
        assertEquals(key, Identities.phoneKey("139-1234-5678"));
        assertEquals(key, Identities.phoneKey(" 139 1234 5678 "));
        assertEquals(key, Identities.phoneKey("(139)12345678"));
        assertNotEquals(key, Identities.phoneKey("13912345679"));
    }

    @Test
    void idNumberMatchesWhateverTheCaseOfItsCheckCharacter() {
        String key = Identities.idNumberKey("37078119680512234X");
        assertEquals(key, Identities.idNumberKey("37078119680512234x"));
        assertEquals(key, Identities.idNumberKey(" 37078119680512234X"));
        assertNotEquals(key, Identities.idNumberKey("370781196805122341"));
    }

    @Test
    void phoneAndIdNumberWithTheSameDigitsDoNotMatch() {
        assertNotEquals(Identities.phoneKey("370781196805122341"), Identities.idNumberKey("370781196805122341"));
    }

    @Test
    void nothingToMatchGivesNoKey() {
        assertNull(Identities.phoneKey(null));
        assertNull(Identities.phoneKey(" - "));
        assertNull(Identities.idNumberKey(""));
        assertNull(Identities.idNumberKey(null));
    }

    @Test
    void converterStoresCipherTextAndReadsBackClear() {
        SealedIdentity column = new SealedIdentity();
        String stored = column.convertToDatabaseColumn("13905361234");
        assertNotNull(stored);
        assertFalse(stored.contains("13905361234"));
        assertEquals("13905361234", column.convertToEntityAttribute(stored));
        assertNull(column.convertToDatabaseColumn(null));
    }
}
