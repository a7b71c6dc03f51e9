package org.xinfang.core.domain.model.figures;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/**
 * The rates a unit is judged by, each a count of matters over a count of matters, both counted from
 * {@link MatterFacts} as they stood on the period's last day (or today, while it runs). The guide's
 * chapter on figures gives each definition in words; {@code JpaMatterFactsRepository} holds each as a
 * query, and {@code MatterFactsTest} works each out by hand on a made history.
 */
public enum Rate implements Labelled {
    /** 及时受理率: answered in writing (受理 or 不予受理告知书) by the day the answer was due, of those whose answer was due or given. */
    TIMELY_ACCEPTANCE("及时受理率", "Accepted in time"),
    /** 按期办结率: decided (处理意见书) by the handling limit with any extension, of the accepted whose limit ended or that were decided. */
    DECIDED_IN_TIME("按期办结率", "Decided in time"),
    /** 答复率: given a written answer (不予受理告知书 or 处理意见书), of those that owed one: declined, decided, or past the handling limit. */
    ANSWERED("答复率", "Answered"),
    /** 办结率: decided, of the accepted. */
    CONCLUDED("办结率", "Concluded"),
    /** 参评率: rated by the petitioner, of the decided; matters steered to litigation stay out. */
    RATED("参评率", "Rated"),
    /** 满意率: rated 满意 or 基本满意, of the rated; matters steered to litigation stay out. */
    SATISFIED("满意率", "Satisfied"),
    /** 初信初访一次性化解率: first petitions decided with no review asked and no repeat since, of the first petitions decided. */
    RESOLVED_AT_FIRST("初信初访一次性化解率", "Resolved at the first petition"),
    /** 重复信访率: repeats of an earlier matter, of all received. */
    REPEATED("重复信访率", "Repeat petitions"),
    /** 越级信访率: brought above the competent level, of all received. */
    ABOVE_LEVEL("越级信访率", "Above the competent level"),
    /** 受理告知逾期: not answered on acceptance though the day it was due has passed, of all received — the backlog at the door. */
    ANSWER_OVERDUE("受理告知逾期", "Acceptance answer overdue"),
    /** 办理逾期未结: accepted, past the handling limit and not decided, of all received — the backlog in handling. */
    DECISION_OVERDUE("办理逾期未结", "Decision overdue");

    private final LocalizedText label;

    Rate(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
