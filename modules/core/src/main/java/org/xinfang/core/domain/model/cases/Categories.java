package org.xinfang.core.domain.model.cases;

import java.util.List;

/**
 * The usual categories of petition statistics (问题类别). Clerks may write another (every agency has a
 * few of its own); the public picks one of these.
 */
public final class Categories {

    public static final List<String> COMMON = List.of(
            "劳动社保", "涉法涉诉", "城乡建设", "农村农业", "国土资源", "纪检监察", "组织人事", "企业管理", "教育医疗", "其他");

    private Categories() {
    }
}
