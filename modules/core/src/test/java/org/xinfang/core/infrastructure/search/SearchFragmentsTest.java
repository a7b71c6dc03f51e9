package org.xinfang.core.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a search looks for, from what was typed (HibernateMatterIndex.fragments). */
class SearchFragmentsTest {

    @Test
    void aPhoneIsOneFragmentHoweverItIsSpacedOrWidened() {
        assertEquals(List.of("139 1234 5678"), HibernateMatterIndex.fragments(" １３９　１２３４　５６７８ "));
        assertEquals(List.of("0531-8888 6666"), HibernateMatterIndex.fragments("0531-8888 6666"));
    }

    @Test
    void digitsThatCouldBeALocalNumberAreFragmentsOfANumber() {
        assertEquals(List.of("2026", "003"), HibernateMatterIndex.fragments("2026 003"));
        assertEquals(List.of("司马青衫", "139-1234-5678"), HibernateMatterIndex.fragments("司马青衫 139-1234-5678"));
    }

    @Test
    void copiedTextLosesItsInvisibleCharactersAndFullWidthLettersFold() {
        assertEquals(List.of("拖欠保洁"), HibernateMatterIndex.fragments("拖欠\u200b保洁\u200b"));
        assertEquals(List.of("ZQX1", "锦绣"), HibernateMatterIndex.fragments("ＺＱＸ１\u3000锦绣"));
    }

    @Test
    void aPastedParagraphIsReadUpToALimit() {
        assertEquals(HibernateMatterIndex.MOST_FRAGMENTS, HibernateMatterIndex.fragments("字 ".repeat(1100)).size());
        List<String> long_ = HibernateMatterIndex.fragments("拖".repeat(3000));
        assertEquals(1, long_.size());
        assertTrue(long_.get(0).length() <= HibernateMatterIndex.LONGEST_TEXT, long_.get(0).length() + " characters");
        assertEquals(List.of(), HibernateMatterIndex.fragments("  \u3000 "));
        assertEquals(List.of(), HibernateMatterIndex.fragments(null));
    }
}
