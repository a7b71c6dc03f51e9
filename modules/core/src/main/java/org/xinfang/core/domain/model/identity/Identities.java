package org.xinfang.core.domain.model.identity;

import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Normalisation of identity and phone numbers for matching, and their match keys. A phone is
 * compared by its digits (139-1234-5678 is 13912345678), an identity number in upper case (the check
 * character X is written either way), so that the same person is recognised however a clerk typed it.
 */
public final class Identities {

    private Identities() {
    }

    /** The phone as compared: digits only; empty for none. */
    public static String normalisePhone(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }

    /** The identity number as compared: trimmed, in upper case; empty for none. */
    public static String normaliseIdNumber(String idNumber) {
        return idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** The match key of a phone, or null when it has no digits (nothing to match on). */
    public static String phoneKey(String phone) {
        String digits = normalisePhone(phone);
        return digits.isEmpty() ? null : protection().matchKey("phone:" + digits);
    }

    /** The match key of an identity number, or null when there is none. */
    public static String idNumberKey(String idNumber) {
        String normal = normaliseIdNumber(idNumber);
        return normal.isEmpty() ? null : protection().matchKey("id:" + normal);
    }

    private static volatile IdentityProtection protection;

    /**
     * The server's protection, found once. Fails with the implementation's own message (which says
     * how to configure the key) when the key is missing or unusable, and again on the next call: a
     * key configured later is picked up.
     */
    public static IdentityProtection protection() {
        IdentityProtection found = protection;
        if (found == null) {
            synchronized (Identities.class) {
                found = protection;
                if (found == null) {
                    found = load();
                    protection = found;
                }
            }
        }
        return found;
    }

    private static IdentityProtection load() {
        try {
            return ServiceLoader.load(IdentityProtection.class, IdentityProtection.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + IdentityProtection.class.getName() + " on the class path"));
        } catch (ServiceConfigurationError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
