package org.xinfang.core.domain.model.encryption;

import java.util.Locale;

/**
 * The match keys of identity and phone numbers, what repeat detection compares instead of the
 * encrypted numbers. A phone is compared by its digits (139-1234-5678 is 13912345678), an identity
 * number in upper case (the check character X is written either way), so that the same person is
 * recognised however a clerk typed it; the kind goes into the hash, so a phone never matches an
 * identity number of the same digits.
 */
public final class MatchKeys {

    private MatchKeys() {
    }

    /**
     * The phone as compared: digits only, and a mobile number without China's country code (+86 139…,
     * 0086 139… and 139… are one phone); empty for none.
     */
    public static String normalisePhone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return digits.matches("(0086|86)1\\d{10}") ? digits.substring(digits.length() - 11) : digits;
    }

    /** The identity number as compared: trimmed, in upper case; empty for none. */
    public static String normaliseIdNumber(String idNumber) {
        return idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** The match key of a phone, or null when it has no digits (nothing to match on). */
    public static String ofPhone(String phone) {
        String digits = normalisePhone(phone);
        return digits.isEmpty() ? null : IdentityProtection.configured().matchKey("phone:" + digits);
    }

    /** The match key of an identity number, or null when there is none. */
    public static String ofIdNumber(String idNumber) {
        String normal = normaliseIdNumber(idNumber);
        return normal.isEmpty() ? null : IdentityProtection.configured().matchKey("id:" + normal);
    }
}
