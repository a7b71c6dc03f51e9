package org.xinfang.core.domain.model.figures;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/**
 * What a unit's assessment (考核) weighs, each a share in percent, each weight a setting an administrator
 * sets: how timely it answered and decided, how satisfied petitioners were, how it answered the orders
 * of the units above, how it reported (零报告), and how few matters came back as repeats.
 */
public enum AssessmentPart implements Labelled {
    /** Answered on acceptance and decided within their limits, together (及时受理率 and 按期办结率 pooled). */
    TIMELINESS("及时受理与按期办结", "Timeliness", 30),
    /** 满意率. */
    SATISFACTION("满意率", "Satisfaction", 25),
    /** Orders from above (督办, 挂牌督办) answered by their due day. */
    SUPERVISION("督办按期回复", "Supervision answered in time", 15),
    /** Periodic reports (零报告) on time, of the periods due. */
    ZERO_REPORTS("零报告按时报送", "Zero reports on time", 15),
    /** Matters received that were not repeats of an earlier one. */
    REPEATS("非重复信访", "Not repeats", 15);

    private final LocalizedText label;
    private final int defaultWeight;

    AssessmentPart(String zh, String en, int defaultWeight) {
        this.label = LocalizedText.of(zh, en);
        this.defaultWeight = defaultWeight;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    /** The setting that holds this part's weight. */
    public String settingKey() {
        return "assessment.weight." + switch (this) {
            case TIMELINESS -> "timeliness";
            case SATISFACTION -> "satisfaction";
            case SUPERVISION -> "supervision";
            case ZERO_REPORTS -> "zeroReports";
            case REPEATS -> "repeats";
        };
    }
}
