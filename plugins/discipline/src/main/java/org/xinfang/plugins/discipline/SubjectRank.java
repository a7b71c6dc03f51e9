package org.xinfang.plugins.discipline;

import org.xinfang.api.model.LocalizedText;

/**
 * The rank of the person reported (被反映人职级). Under 干部管理权限 the rank decides which
 * committee is competent, so it is recorded at registration for routing.
 */
public enum SubjectRank {
    VILLAGE("村级", "Village"),
    TOWNSHIP("乡科级", "Township/section"),
    COUNTY("县处级", "County/division"),
    BUREAU("厅局级", "Bureau/department"),
    OTHER("其他", "Other");

    private final LocalizedText label;

    SubjectRank(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
