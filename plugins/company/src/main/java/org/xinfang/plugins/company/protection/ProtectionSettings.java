package org.xinfang.plugins.company.protection;

import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.SettingDeclaration;

/**
 * When the company looks again at a protected complainant's situation: 3 and 6 months after the
 * protection began by default (the settings page's 企业 group), in whole months.
 */
public final class ProtectionSettings {

    private static final LocalizedText MONTHS = LocalizedText.of("个月", "months");

    public static final SettingDeclaration FIRST_CHECK = new SettingDeclaration("company.protection.firstCheck.months",
            LocalizedText.of("打击报复保护 — 第一次回访（保护开始后）", "Protection from retaliation — first check after"), MONTHS, 3, 1, 24);

    public static final SettingDeclaration SECOND_CHECK = new SettingDeclaration("company.protection.secondCheck.months",
            LocalizedText.of("打击报复保护 — 第二次回访（保护开始后）", "Protection from retaliation — second check after"), MONTHS, 6, 1, 36);

    private ProtectionSettings() {
    }

    public static List<SettingDeclaration> all() {
        return List.of(FIRST_CHECK, SECOND_CHECK);
    }
}
