package org.xinfang.plugins.discipline.joint;

/** How an important report was found (摸排): in the concentrated round of recent years' reports, or in a monthly return. */
public enum ScreeningRound {
    /** 集中摸排. */
    CONCENTRATED,
    /** 经常性摸排（月报）. */
    MONTHLY
}
