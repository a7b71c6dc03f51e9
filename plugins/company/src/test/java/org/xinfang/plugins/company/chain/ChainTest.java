package org.xinfang.plugins.company.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a change to a matter's chain of responsibility reads in its record: the names that changed, in words. */
class ChainTest {

    @Test
    void aChangeNamesOnlyTheResponsiblesThatChangedWithNoneForABlank() {
        Chain before = new Chain(null, "刘振华", null, null);
        Chain after = new Chain("高建国", "刘振华", "孙立", null);
        assertEquals("第一责任人：未填写 → 高建国；具体责任人（车间党支部书记）：未填写 → 孙立", after.changesFrom(before));
        assertEquals("直接责任人：刘振华 → 未填写", new Chain(null, null, null, null).changesFrom(before));
        assertEquals("未改动", before.changesFrom(before));
    }
}
