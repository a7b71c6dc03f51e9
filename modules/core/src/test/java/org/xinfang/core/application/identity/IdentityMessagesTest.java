package org.xinfang.core.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.core.application.kernel.Messages;

/** The refusals of a reveal read whole in both languages (an apostrophe is a quote to MessageFormat). */
class IdentityMessagesTest {

    @Test
    void aNonKeeperIsToldWhoMayRevealInChineseAndEnglish() {
        assertEquals("只有“青州市纪委监委”的举报人身份保管人员可以查看信访事项 青纪〔2026〕第00001号 的举报人身份；未揭示，也未记录任何身份信息。",
                Messages.get(Locale.SIMPLIFIED_CHINESE, "identity.notKeeper", "青纪〔2026〕第00001号", "青州市纪委监委"));
        assertEquals("Only the identity keeper of 青州市纪委监委 may see the reporter's identity in case 青纪〔2026〕第00001号; nothing was revealed.",
                Messages.get(Locale.ENGLISH, "identity.notKeeper", "青纪〔2026〕第00001号", "青州市纪委监委"));
    }

    @Test
    void aShortReasonIsRefusedNamingTheLeastLength() {
        assertEquals("The reason is too short: say in at least 4 characters why you need to see the reporter's identity.",
                Messages.get(Locale.ENGLISH, "identity.reason.tooShort", IdentityDisclosure.SHORTEST_REASON));
        assertEquals("理由太短：请至少用 4 个字写明为何需要查看举报人身份。",
                Messages.get(Locale.SIMPLIFIED_CHINESE, "identity.reason.tooShort", IdentityDisclosure.SHORTEST_REASON));
    }
}
