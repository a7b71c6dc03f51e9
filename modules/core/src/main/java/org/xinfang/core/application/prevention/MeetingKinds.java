package org.xinfang.core.application.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.MeetingKind;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.prevention.AnalysisMeeting;

/**
 * The kinds of meeting a unit records: the core's monthly 信访形势分析研判例会, open to every unit, then
 * the kinds the plugin of the unit's agency type declares ({@link AgencyPlugin#meetingKinds()}) — a
 * court's 联席会议, a company's 两级领导班子碰头会. One meeting feature, its kinds declared as data.
 */
@ApplicationScoped
public class MeetingKinds {

    /** The kind every unit has. */
    public static final MeetingKind ANALYSIS = new MeetingKind(AnalysisMeeting.ANALYSIS_KIND,
            LocalizedText.of("信访形势分析研判例会", "Analysis meeting"), false, true);

    @Inject
    private PluginRegistry registry;

    /** The kinds a unit of {@code agencyType} records, the analysis meeting first. */
    public List<MeetingKind> availableTo(String agencyType) {
        return availableTo(registry.plugins(), agencyType);
    }

    /** Any installed kind by its code. */
    public Optional<MeetingKind> find(String code) {
        return find(registry.plugins(), code);
    }

    /**
     * An installed kind by its code, as a list or a ledger is narrowed to it.
     *
     * @throws InvalidInputException naming {@code kind}, with the installed codes, when there is none such
     */
    public MeetingKind known(String code, Locale locale) {
        return find(code).orElseThrow(() -> InvalidInputException.of("kind", Messages.get(locale, "prevention.kind.unknown", code,
                all().stream().map(MeetingKind::code).collect(Collectors.joining("、")))));
    }

    /** A kind's label; the code itself for a kind whose plugin is no longer installed. */
    public String label(String code, Locale locale) {
        return find(code).map(k -> k.label().in(locale)).orElse(code);
    }

    /** Every installed kind, the analysis meeting first: what a list may be narrowed to. */
    public List<MeetingKind> all() {
        return Stream.concat(Stream.of(ANALYSIS), registry.plugins().stream().flatMap(p -> p.meetingKinds().stream())).toList();
    }

    /**
     * The kinds units of any of {@code agencyTypes} record, the analysis meeting first: what a list of
     * those units' meetings may be narrowed to (a court sees no company's 碰头会 offered).
     */
    public List<MeetingKind> recordedByAny(Collection<String> agencyTypes) {
        return recordedByAny(registry.plugins(), agencyTypes);
    }

    /** The kinds units of any of {@code agencyTypes} record among {@code plugins}, the analysis meeting first. */
    public static List<MeetingKind> recordedByAny(List<AgencyPlugin> plugins, Collection<String> agencyTypes) {
        return Stream.concat(Stream.of(ANALYSIS), plugins.stream().filter(p -> agencyTypes.contains(p.id()))
                .flatMap(p -> p.meetingKinds().stream())).toList();
    }

    /** The kinds a unit of {@code agencyType} records among {@code plugins}, the analysis meeting first. */
    public static List<MeetingKind> availableTo(List<AgencyPlugin> plugins, String agencyType) {
        List<MeetingKind> kinds = new ArrayList<>(List.of(ANALYSIS));
        plugins.stream().filter(p -> p.id().equals(agencyType)).findFirst().ifPresent(p -> kinds.addAll(p.meetingKinds()));
        return List.copyOf(kinds);
    }

    /** A kind by its code among the core's and {@code plugins}'. */
    public static Optional<MeetingKind> find(List<AgencyPlugin> plugins, String code) {
        return Stream.concat(Stream.of(ANALYSIS), plugins.stream().flatMap(p -> p.meetingKinds().stream()))
                .filter(k -> k.code().equals(code)).findFirst();
    }
}
