package org.xinfang.core.domain.model.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Runs under the fixed test key of the core module's surefire configuration. */
class MatchKeysTest {

    @Test
    void phoneMatchesOnItsDigitsHoweverWritten() {
        String key = MatchKeys.ofPhone("13912345678");
        assertEquals(key, MatchKeys.ofPhone("139-1234-5678"));
        assertEquals(key, MatchKeys.ofPhone(" 139 1234 5678 "));
        assertEquals(key, MatchKeys.ofPhone("(139)12345678"));
        assertNotEquals(key, MatchKeys.ofPhone("13912345679"));
        assertEquals(key, MatchKeys.ofPhone("+86 139 1234 5678"), "a mobile with the country code is the same phone");
        assertEquals(key, MatchKeys.ofPhone("008613912345678"));
        assertEquals("053612345678", MatchKeys.normalisePhone("0536-1234-5678"), "a landline keeps its digits");
    }

    @Test
    void idNumberMatchesWhateverTheCaseOfItsCheckCharacter() {
        String key = MatchKeys.ofIdNumber("37078119680512237X");
        assertEquals(key, MatchKeys.ofIdNumber("37078119680512237x"));
        assertEquals(key, MatchKeys.ofIdNumber(" 37078119680512237X"));
        assertNotEquals(key, MatchKeys.ofIdNumber("370781196805122345"));
    }

    @Test
    void phoneAndIdNumberWithTheSameDigitsDoNotMatch() {
        assertNotEquals(MatchKeys.ofPhone("370781196805122345"), MatchKeys.ofIdNumber("370781196805122345"));
    }

    @Test
    void nothingToMatchGivesNoKey() {
        assertNull(MatchKeys.ofPhone(null));
        assertNull(MatchKeys.ofPhone(" - "));
        assertNull(MatchKeys.ofIdNumber(""));
        assertNull(MatchKeys.ofIdNumber(null));
    }

    @Test
    void converterStoresCipherTextAndReadsBackClear() {
        EncryptedColumn column = new EncryptedColumn();
        String stored = column.convertToDatabaseColumn("13905361234");
        assertNotNull(stored);
        assertFalse(stored.contains("13905361234"));
        assertEquals("13905361234", column.convertToEntityAttribute(stored));
        assertNull(column.convertToDatabaseColumn(null));
    }
}
