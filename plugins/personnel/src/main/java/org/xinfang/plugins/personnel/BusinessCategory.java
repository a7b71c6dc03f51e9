package org.xinfang.plugins.personnel;

import org.xinfang.api.model.LocalizedText;

/**
 * The personnel business a letter or visit is about. It routes the matter to the competent section
 * and is the axis of the bureau's quarterly analysis (每季度分析).
 */
public enum BusinessCategory {
    WAGES_WELFARE("工资福利", "Wages and welfare"),
    RETIREMENT("退休", "Retirement"),
    TITLE("职称", "Professional titles"),
    RECRUITMENT("招录", "Recruitment"),
    ARCHIVES("档案", "Personnel archives"),
    /** Matters left over by earlier personnel policy, which make up much of a bureau's petitions. */
    LEGACY("历史遗留", "Legacy of earlier policy");

    private final LocalizedText label;

    BusinessCategory(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
