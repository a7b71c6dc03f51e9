package org.xinfang.api.plugin;

import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/**
 * A kind of meeting an agency holds about its petition matters, recorded with the core's meetings
 * (attendees, the matters reviewed, decisions each followed up): a court's 联席会议 with the district
 * committee and government, a company's monthly 两级领导班子碰头会. The core's own kind, the monthly
 * 信访形势分析研判例会, is open to every unit; a plugin's kinds to the units of its agency type.
 *
 * @param code          stable id, {@code <plugin id>.<name>} ({@code court.joint}), stored with each meeting
 * @param label         its name in the two languages
 * @param outsideBodies whether the bodies from outside the unit that took part (参加单位: 区委, 区政府)
 *                      are recorded; then they are required
 * @param monthly       whether it is held every month: a unit's page then shows whether this month's was held
 */
public record MeetingKind(String code, LocalizedText label, boolean outsideBodies, boolean monthly) {

    public MeetingKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
