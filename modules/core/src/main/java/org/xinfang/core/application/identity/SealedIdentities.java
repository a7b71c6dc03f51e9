package org.xinfang.core.application.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.domain.model.cases.Party;

/**
 * The masking rules of sealed identities, as plain functions: what a sealed party shows, what text
 * may say about it, and who keeps it. {@link IdentityDisclosure} applies them on every surface.
 */
public final class SealedIdentities {

    /** Shorter names than this are not looked for in free text: one character is in too many words. */
    static final int SHORTEST_NAME = 2;
    /** Shorter addresses than this are not looked for in free text (a bare 1号 is no identity). */
    static final int SHORTEST_ADDRESS = 4;

    /**
     * What a clerk types as the name of a reporter who gave none. It identifies nobody and is an
     * ordinary word of the letter (匿名反映…), so it is not looked for in free text.
     */
    static final Set<String> NO_NAME = Set.of("匿名", "匿名者", "匿名人", "匿名举报人", "无名氏", "不具名", "anonymous");

    /** The suffixes of administrative areas in a Chinese address, down to the village. */
    private static final Pattern ADMINISTRATIVE_AREA = Pattern.compile("省|自治区|市|自治州|州|盟|区|县|旗|街道|镇|乡|村|社区");

    private SealedIdentities() {
    }

    /**
     * A party as a page or answer shows it. A sealed party's {@code name} is its pseudonym and its
     * identity number, phone and address are empty; an open party's numbers are masked as always.
     * A revealed card carries everything in full.
     */
    public record PartyCard(PartyRole role, String name, String idNumber, String phone, String address,
                            boolean sealed, String pseudonym) {
    }

    /** What everyone (the keeper too, until they reveal) sees of {@code party}. */
    public static PartyCard shown(Party party) {
        if (party.isSealed()) {
            return new PartyCard(party.getRole(), party.getPseudonym(), "", "", "", true, party.getPseudonym());
        }
        return new PartyCard(party.getRole(), party.getName(), party.getMaskedIdNumber(), party.getMaskedPhone(),
                nullToEmpty(party.getAddress()), false, null);
    }

    /** What a keeper's reveal shows of {@code party}: the identity in full, beside its pseudonym. */
    public static PartyCard revealed(Party party) {
        return new PartyCard(party.getRole(), party.getName(), nullToEmpty(party.getIdNumber()), nullToEmpty(party.getPhone()),
                nullToEmpty(party.getAddress()), party.isSealed(), party.getPseudonym());
    }

    /** Who is to be kept out of a text — any of these values written in it — and what to write instead. */
    public record Identity(String name, String idNumber, String phone, String address, String shownAs) {
    }

    /**
     * {@code text} with every sealed party's name, identity number, phone and address replaced by
     * its pseudonym, so that a subject, a step's reason, an attachment's title or an audit detail
     * typed with the reporter's name in it does not give them away.
     */
    public static String redact(Collection<Party> parties, String text) {
        return redact(text, parties.stream().filter(Party::isSealed)
                .map(p -> new Identity(p.getName(), p.getIdNumber(), p.getPhone(), p.getAddress(), p.getPseudonym())).toList());
    }

    /**
     * {@code text} with each of {@code identities} replaced by how it is shown, however it was typed:
     * a name with spaces between its characters; an identity number or phone with spaces or dashes
     * between the digits, in full-width digits (１３９…), its X in either case; an address whole or
     * its street without the town ({@link #streetOf}). Longer values are replaced first (an address
     * may contain a name). A name too short to identify anyone, or one that says there is none, is
     * not looked for.
     */
    public static String redact(String text, Collection<Identity> identities) {
        if (text == null || text.isEmpty() || identities.isEmpty()) {
            return text;
        }
        Map<String, String> replacements = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (Identity who : identities) {
            String name = who.name() == null ? "" : who.name().replaceAll(SPACES + "+", "");
            if (name.length() >= SHORTEST_NAME && !isNoName(name)) {
                replacements.put(spaced(name), who.shownAs());
            }
            putIfLong(replacements, who.address(), who.shownAs());
            putIfLong(replacements, streetOf(who.address()), who.shownAs());
            putNumber(replacements, who.idNumber(), who.shownAs());
            putNumber(replacements, who.phone(), who.shownAs());
        }
        String result = text;
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            result = Pattern.compile(r.getKey()).matcher(result).replaceAll(Matcher.quoteReplacement(r.getValue()));
        }
        return result;
    }

    /**
     * {@code text} with each of {@code values} — a form's identifying value such as an employee number,
     * letters and digits — replaced by {@code shownAs}, in either case and with any spaces or dashes
     * between its characters. A value too short to identify anyone is not looked for.
     */
    public static String redactValues(String text, Collection<String> values, String shownAs) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String value : values.stream().map(v -> v.replaceAll(BETWEEN_DIGITS + "+", ""))
                .filter(v -> v.length() >= SHORTEST_ADDRESS).sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            String pattern = String.join(BETWEEN_DIGITS + "*", value.codePoints().mapToObj(c -> Pattern.quote(new String(Character.toChars(c)))).toList());
            result = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(result)
                    .replaceAll(Matcher.quoteReplacement(shownAs));
        }
        return result;
    }

    /** The pseudonym of the first sealed party (the petitioner's, A), to stand for what identifies them. */
    public static String firstPseudonym(Collection<Party> parties) {
        return parties.stream().filter(Party::isSealed).map(Party::getPseudonym)
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
    }

    /** White space as typed on a Chinese keyboard too (the full-width space). */
    private static final String SPACES = "[\\s\\u3000]";

    /** What people write between the digits of a number: spaces, dashes, dots, brackets, half- or full-width. */
    private static final String BETWEEN_DIGITS = "[\\s\\u3000\\-－.．·()（）]";

    /** A name's characters, with any spaces between them. */
    private static String spaced(String name) {
        return String.join(SPACES + "*", name.codePoints().mapToObj(c -> Pattern.quote(new String(Character.toChars(c)))).toList());
    }

    /** A number's digits (and an identity number's X), each also full-width, with spaces or dashes between them. */
    private static void putNumber(Map<String, String> replacements, String number, String shownAs) {
        if (number == null) {
            return;
        }
        List<String> digits = new ArrayList<>();
        for (char c : number.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.add("[" + c + (char) ('\uFF10' + (c - '0')) + "]");
            } else if (c == 'X' || c == 'x') {
                digits.add("[XxＸｘ]");
            }
        }
        if (digits.size() >= SHORTEST_ADDRESS) {
            replacements.put(String.join(BETWEEN_DIGITS + "*", digits), shownAs);
        }
    }

    /** The pseudonym of the sealed party whose name is {@code name}, if one is. */
    public static Optional<String> pseudonymOf(Collection<Party> parties, String name) {
        String wanted = name == null ? "" : name.replaceAll(SPACES + "+", "");
        return parties.stream().filter(p -> p.isSealed() && p.getName() != null && wanted.equals(p.getName().replaceAll(SPACES + "+", "")))
                .map(Party::getPseudonym).findFirst();
    }

    /**
     * Whether {@code caller} keeps the identities held by the unit {@code holderId}: they hold one of
     * {@code keeperRoles} in that very unit. A keeper of a unit above or below, a leader or an
     * administrator does not.
     */
    public static boolean keeps(Caller caller, Long holderId, Set<String> keeperRoles) {
        return holderId != null && caller.grants().stream()
                .anyMatch(g -> holderId.equals(g.unitId()) && keeperRoles.contains(g.role()));
    }

    /** The parties of a case in their order, as everyone sees them. */
    public static List<PartyCard> shown(Collection<Party> parties) {
        return parties.stream().map(SealedIdentities::shown).toList();
    }

    /** Looks for {@code value} as it is, when it is long enough to identify anyone. */
    private static void putIfLong(Map<String, String> replacements, String value, String shownAs) {
        if (value != null && value.strip().length() >= SHORTEST_ADDRESS) {
            replacements.put(Pattern.quote(value.strip()), shownAs);
        }
    }

    /**
     * The part of an address below its last administrative area (幸福路88号 of 青州市城关镇幸福路88号):
     * people write the street and number without the city and town, and the town alone identifies
     * nobody (it is in every report about it).
     */
    static String streetOf(String address) {
        if (address == null) {
            return null;
        }
        Matcher areas = ADMINISTRATIVE_AREA.matcher(address.strip());
        int end = -1;
        while (areas.find()) {
            end = areas.end();
        }
        return end < 0 ? null : address.strip().substring(end);
    }

    private static boolean isNoName(String name) {
        return name != null && NO_NAME.contains(name.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
