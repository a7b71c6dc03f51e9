package org.xinfang.core.domain.model.cases;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The resident identity number of GB 11643-1999: a province code (11–82) and the rest of the
 * region, the birth date as yyyyMMdd, a sequence number, and a check character (ISO 7064 MOD 11-2,
 * a digit or X). The check character catches a mistyped or swapped digit, the birth date an
 * impossible day; the region beyond the province is not checked, since codes were renamed over
 * the years and old numbers stay valid.
 */
public final class ResidentIdNumbers {

    /** The length of a number; the 15-digit numbers of 1984 have been replaced since 2013. */
    public static final int LENGTH = 18;

    /** The earliest birth date accepted: no living person was born before it. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIdNumbers() {
    }

    /** True when {@code number} is a well-formed identity number of someone born by {@code today}. */
    public static boolean isValid(String number, LocalDate today) {
        if (number == null || number.length() != LENGTH || !digits(number, 0, LENGTH - 1)) {
            return false;
        }
        int province = Integer.parseInt(number.substring(0, 2));
        if (province < 11 || province > 82) {
            return false;
        }
        LocalDate birth = birthDate(number);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return false;
        }
        return Character.toUpperCase(number.charAt(LENGTH - 1)) == checkCharacter(number.substring(0, LENGTH - 1));
    }

    /** The check character (0–9 or X) that follows the 17 digits {@code first17}. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !digits(first17, 0, LENGTH - 1)) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The birth date in characters 7–14, or null when those digits are no calendar date (19900230). */
    private static LocalDate birthDate(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** ASCII digits only: Character.isDigit would let full-width and other scripts' digits through. */
    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
