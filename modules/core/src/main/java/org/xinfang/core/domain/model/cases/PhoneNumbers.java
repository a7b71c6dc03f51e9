package org.xinfang.core.domain.model.cases;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number as people write it on a petition, judged by its digits once spaces, hyphens and
 * parentheses are gone (half- or full-width, as a Chinese keyboard types them):
 * <ul>
 * <li>a mainland mobile, 1[3-9] and nine digits, perhaps after +86, 86 or 0086;</li>
 * <li>a landline with its area code, 0 and two or three digits (010, 02x, 0xxx), and a 7–8 digit
 *     number, or the same after +86 or 0086 without the 0;</li>
 * <li>a local landline, 7–8 digits starting 2–9;</li>
 * <li>a number abroad, + or 00, a country code other than 86, at least six more digits, fifteen
 *     digits at most (E.164).</li>
 * </ul>
 * A landline may end with an extension of 1–6 digits after 转, #, ext or x, or after a last hyphen.
 * Letters, a lone run of separators, digit counts no number has, and more than {@link #MAX_BYTES}
 * bytes are refused.
 */
public final class PhoneNumbers {

    /**
     * The most a phone may take as written, in UTF-8 bytes (some 30 characters): its ciphertext must
     * fit the 100-character columns (docs/adr/0017), which hold 44 bytes of clear text.
     */
    public static final int MAX_BYTES = 40;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000()（）\\-－]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /*
     * An area code without its 0 as China numbers them (10, 2x, then three digits from 3xx to 9xx)
     * and the number. The number after an area code may start with any digit (010-12345678 is taken
     * as written); only a number without one must start 2–9, which tells it from a mistyped mobile.
     */
    private static final Pattern AREA_AND_NUMBER = Pattern.compile("(?:10|2\\d|[3-9]\\d\\d)\\d{7,8}");
    private static final Pattern LOCAL = Pattern.compile("[2-9]\\d{6,7}");
    private static final Pattern ABROAD = Pattern.compile("(?!86)[1-9]\\d{6,14}");
    private static final Pattern MARKED_EXTENSION = Pattern.compile("(.+?)\\s*(?:转|#|(?i:ext)\\.?|[xX])\\s*(\\d{1,6})");
    private static final Pattern HYPHEN_EXTENSION = Pattern.compile("(.*\\d)\\s*[\\-－]\\s*(\\d{1,6})");

    private PhoneNumbers() {
    }

    /** True when {@code phone} is one of the numbers above. */
    public static boolean isValid(String phone) {
        if (phone == null || phone.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        if (isNumber(phone)) {
            return true;
        }
        Matcher marked = MARKED_EXTENSION.matcher(phone.strip());
        if (marked.matches() && isLandline(marked.group(1))) {
            return true;
        }
        Matcher hyphen = HYPHEN_EXTENSION.matcher(phone.strip());
        return hyphen.matches() && isLandline(hyphen.group(1));
    }

    private static boolean isNumber(String phone) {
        String n = clean(phone);
        return isMobile(n) || isLandline(n) || isAbroad(n);
    }

    private static boolean isMobile(String n) {
        String national = n.startsWith("+86") ? n.substring(3) : n.startsWith("0086") ? n.substring(4)
                : n.startsWith("86") && n.length() == 13 ? n.substring(2) : n;
        return MOBILE.matcher(national).matches();
    }

    /** With an area code, from home or from abroad (+86 without the 0), or a local number. */
    private static boolean isLandline(String phone) {
        String n = clean(phone);
        if (n.startsWith("+86")) {
            return AREA_AND_NUMBER.matcher(n.substring(3)).matches();
        }
        if (n.startsWith("0086")) {
            return AREA_AND_NUMBER.matcher(n.substring(4)).matches();
        }
        if (n.startsWith("0")) {
            return AREA_AND_NUMBER.matcher(n.substring(1)).matches();
        }
        return LOCAL.matcher(n).matches();
    }

    private static boolean isAbroad(String n) {
        String international = n.startsWith("+") ? n.substring(1) : n.startsWith("00") ? n.substring(2) : null;
        return international != null && ABROAD.matcher(international).matches();
    }

    private static String clean(String phone) {
        return SEPARATORS.matcher(phone).replaceAll("");
    }
}
