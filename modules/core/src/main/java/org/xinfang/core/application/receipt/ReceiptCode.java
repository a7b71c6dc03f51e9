package org.xinfang.core.application.receipt;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code an anonymous reporter is given on registration (回执码): 20 characters of Crockford's
 * base32 — 100 random bits from {@link SecureRandom}, nothing sequential, nothing derived from the
 * case — printed in five groups of four ({@code 7KQ2-M9XD-…}) so it can be read out and typed back.
 * Only its keyed hash is kept; the code itself exists on the slip and in the one answer that shows it.
 *
 * <p>Reading it back forgives what people do with such codes: lower case, spaces or missing
 * hyphens, and the letters O, I and L for the digits they look like.
 */
public record ReceiptCode(String value) {

    /** Crockford's alphabet: digits and letters without I, L, O, U (no look-alikes, no accidental words). */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** 20 symbols of 5 bits each. */
    public static final int LENGTH = 20;

    public static final int BITS = LENGTH * 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    public ReceiptCode {
        if (value == null || value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("not a receipt code");
        }
    }

    /** A new code from the platform's strong random source. */
    public static ReceiptCode random() {
        return random(RANDOM);
    }

    static ReceiptCode random(SecureRandom random) {
        char[] symbols = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            symbols[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new ReceiptCode(new String(symbols));
    }

    /** The code whose symbols are the first {@value #BITS} bits of {@code bits}, five bits a symbol. */
    static ReceiptCode fromBits(byte[] bits) {
        if (bits.length * 8 < BITS) {
            throw new IllegalArgumentException("a code needs " + BITS + " bits");
        }
        char[] symbols = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            int symbol = 0;
            for (int b = i * 5; b < i * 5 + 5; b++) {
                symbol = symbol << 1 | (bits[b / 8] >> (7 - b % 8)) & 1;
            }
            symbols[i] = ALPHABET.charAt(symbol);
        }
        return new ReceiptCode(new String(symbols));
    }

    /** The code as typed by a person, or empty when it cannot be one (wrong length or characters). */
    public static Optional<ReceiptCode> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder normal = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '\t' -> {
                    // Separators people type or copy with the code.
                }
                case 'O' -> normal.append('0');
                case 'I', 'L' -> normal.append('1');
                default -> normal.append(c);
            }
        }
        String candidate = normal.toString();
        if (candidate.length() != LENGTH || candidate.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptCode(candidate));
    }

    /** The printed form, {@code XXXX-XXXX-XXXX-XXXX-XXXX}. */
    public String grouped() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < LENGTH; i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(value, i, i + 4);
        }
        return out.toString();
    }

    /** Never the code itself: a record's default text would put it into logs and exception messages. */
    @Override
    public String toString() {
        return "ReceiptCode[****]";
    }
}
