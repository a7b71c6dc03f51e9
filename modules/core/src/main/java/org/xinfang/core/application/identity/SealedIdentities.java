package org.xinfang.core.application.identity;

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

    /**
     * {@code text} with every sealed party's name, identity number, phone and address replaced by
     * its pseudonym, so that a subject, a step's reason, an attachment's title or an audit detail
     * typed with the reporter's name in it does not give them away. Longer values are replaced first
     * (an address may contain a name); identity numbers match whatever the case of their X; phones
     * match with spaces or dashes between the digits.
     */
    public static String redact(Collection<Party> parties, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Map<String, String> replacements = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (Party party : parties) {
            if (!party.isSealed()) {
                continue;
            }
            String pseudonym = party.getPseudonym();
            if (!isNoName(party.getName())) {
                putIfLong(replacements, party.getName(), SHORTEST_NAME, "", pseudonym);
            }
            putIfLong(replacements, party.getAddress(), SHORTEST_ADDRESS, "", pseudonym);
            putIfLong(replacements, streetOf(party.getAddress()), SHORTEST_ADDRESS, "", pseudonym);
            putIfLong(replacements, party.getIdNumber(), SHORTEST_ADDRESS, "(?i)", pseudonym);
            String digits = digitsOf(party.getPhone());
            if (digits.length() >= SHORTEST_ADDRESS) {
                replacements.put(String.join("[\\s\\-]*", digits.split("")), pseudonym);
            }
        }
        String result = text;
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            result = Pattern.compile(r.getKey()).matcher(result).replaceAll(Matcher.quoteReplacement(r.getValue()));
        }
        return result;
    }

    /**
     * {@code text} with each name of {@code shownByName} (people named in it, as a meeting's record
     * names who came) replaced by how it is shown, the longest first; a name too short to identify
     * anyone, or one that says there is none, is left alone as in {@link #redact}.
     */
    public static String replaceNames(String text, Map<String, String> shownByName) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Map<String, String> longestFirst = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        shownByName.forEach((name, shown) -> {
            if (name != null && name.strip().length() >= SHORTEST_NAME && !isNoName(name)) {
                longestFirst.put(name.strip(), shown);
            }
        });
        String result = text;
        for (Map.Entry<String, String> r : longestFirst.entrySet()) {
            result = result.replace(r.getKey(), r.getValue());
        }
        return result;
    }

    /** The pseudonym of the sealed party whose name is {@code name}, if one is. */
    public static Optional<String> pseudonymOf(Collection<Party> parties, String name) {
        String wanted = name == null ? "" : name.strip();
        return parties.stream().filter(p -> p.isSealed() && wanted.equals(p.getName() == null ? null : p.getName().strip()))
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

    /** Looks for {@code value} as it is (with {@code flags}), when it is long enough to identify anyone. */
    private static void putIfLong(Map<String, String> replacements, String value, int shortest, String flags, String pseudonym) {
        if (value != null && value.strip().length() >= shortest) {
            replacements.put(flags + Pattern.quote(value.strip()), pseudonym);
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

    private static String digitsOf(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
