package org.xinfang.plugins.personnel;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/**
 * The personnel business a letter or visit is about. It names the bureau's section that handles the
 * matter (承办科室) and is the axis of the bureau's quarterly analysis (每季度分析).
 */
public enum BusinessCategory implements Labelled {
    WAGES_WELFARE("工资福利", "Wages and welfare", "工资福利科", "Wages and welfare section"),
    RETIREMENT("退休", "Retirement", "工资福利科", "Wages and welfare section"),
    TITLE("职称", "Professional titles", "专业技术人员管理科", "Professional staff section"),
    RECRUITMENT("招录", "Recruitment", "公务员管理科", "Civil service section"),
    ARCHIVES("档案", "Personnel archives", "人事档案室", "Personnel archives office"),
    /** Matters left over by earlier personnel policy, which make up much of a bureau's petitions. */
    LEGACY("历史遗留", "Legacy of earlier policy", "政策法规科", "Policy and regulations section");

    private final LocalizedText label;
    private final LocalizedText section;

    BusinessCategory(String zh, String en, String sectionZh, String sectionEn) {
        this.label = LocalizedText.of(zh, en);
        this.section = LocalizedText.of(sectionZh, sectionEn);
    }

    /** The bureau's section that handles matters of this category. */
    public LocalizedText section() {
        return section;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
