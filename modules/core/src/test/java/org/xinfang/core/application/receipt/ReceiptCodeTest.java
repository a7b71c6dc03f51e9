package org.xinfang.core.application.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code: enough randomness, spread evenly, in a form people can read out and type back. */
class ReceiptCodeTest {

    @Test
    void carriesAtLeastEightyBitsOfRandomness() {
        assertEquals(32, ReceiptCode.ALPHABET.length(), "5 bits a symbol");
        assertEquals(100, ReceiptCode.BITS);
        assertTrue(ReceiptCode.BITS >= 80);
    }

    @Test
    void isPrintedInFiveGroupsOfFour() {
        String grouped = ReceiptCode.random().grouped();
        assertTrue(grouped.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"), grouped);
    }

    @Test
    void tenThousandCodesAreAllDifferentAndNotSequential() {
        Set<String> seen = new HashSet<>();
        String previous = null;
        int sharedPrefixes = 0;
        for (int i = 0; i < 10_000; i++) {
            String code = ReceiptCode.random().value();
            assertTrue(seen.add(code), "repeated " + code);
            if (previous != null && code.regionMatches(0, previous, 0, 4)) {
                sharedPrefixes++;
            }
            previous = code;
        }
        // Consecutive codes share their first four symbols with odds of 1 in 32^4: counters would always.
        assertTrue(sharedPrefixes < 3, sharedPrefixes + " consecutive codes shared a prefix");
    }

    @Test
    void everySymbolComesUpEvenlyInEveryPosition() {
        SecureRandom random = new SecureRandom();
        int samples = 32_000;
        int[][] counts = new int[ReceiptCode.LENGTH][32];
        for (int i = 0; i < samples; i++) {
            String code = ReceiptCode.random(random).value();
            for (int p = 0; p < ReceiptCode.LENGTH; p++) {
                counts[p][ReceiptCode.ALPHABET.indexOf(code.charAt(p))]++;
            }
        }
        // Chi-square per position, 31 degrees of freedom: above 70 happens by chance about once in 10^4.
        double expected = samples / 32.0;
        for (int p = 0; p < ReceiptCode.LENGTH; p++) {
            double chi = 0;
            for (int c : counts[p]) {
                chi += (c - expected) * (c - expected) / expected;
            }
            assertTrue(chi < 70, "position " + p + " chi-square " + chi);
        }
    }

    @Test
    void readsBackWhatPeopleTypeForgivingCaseSeparatorsAndLookAlikes() {
        ReceiptCode code = new ReceiptCode("7KQ2M9XD0A1BCDEFGH23");
        assertEquals(Optional.of(code), ReceiptCode.parse("7KQ2-M9XD-0A1B-CDEF-GH23"));
        assertEquals(Optional.of(code), ReceiptCode.parse(" 7kq2 m9xd oaib cdef gh23 "));
        assertEquals(Optional.of(code), ReceiptCode.parse("7KQ2M9XDOALBCDEFGH23"));
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertFalse(ReceiptCode.parse(null).isPresent());
        assertFalse(ReceiptCode.parse("").isPresent());
        assertFalse(ReceiptCode.parse("7KQ2-M9XD-0A1B-CDEF-GH2").isPresent(), "too short");
        assertFalse(ReceiptCode.parse("7KQ2-M9XD-0A1B-CDEF-GH234").isPresent(), "too long");
        assertFalse(ReceiptCode.parse("7KQ2-M9XD-0A1B-CDEF-GH2U").isPresent(), "U is not in the alphabet");
        assertFalse(ReceiptCode.parse("7KQ2-M9XD-0A1B-CDEF-GH2!").isPresent());
        assertFalse(ReceiptCode.parse("' OR 1=1 --").isPresent());
        assertFalse(ReceiptCode.parse("A".repeat(10_000)).isPresent());
    }

    @Test
    void neverShowsItselfInLogs() {
        assertFalse(ReceiptCode.random().toString().matches(".*[0-9A-Z]{4}.*"));
    }
}
