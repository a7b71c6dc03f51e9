package org.xinfang.core.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPersonalPhraseIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.broken("cy.clerk", "窗口春天的第三盆花"  + "2026"));
        assertEquals(Optional.empty(), PasswordPolicy.broken("cy.clerk", "correct horse battery"));
    }

    @Test
    void eachRuleIsNamed() {
        assertEquals(Optional.of("password.required"), PasswordPolicy.broken("cy.clerk", "   "));
        assertEquals(Optional.of("password.required"), PasswordPolicy.broken("cy.clerk", null));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.broken("cy.clerk", "Ab1!xyz"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.broken("cy.clerk", "一二三四五六七八九"), "nine characters, however many bytes");
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.broken("cy.clerk", "x".repeat(64) + "y".repeat(65)));
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.broken("cy.clerk", "my-CY.CLERK-2026"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.broken("cy.clerk", "Password123"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.broken("cy.clerk", "Xinfang@2026"), "the published demo password");
        assertEquals(Optional.of("password.common"), PasswordPolicy.broken("cy.clerk", "ababababababab"), "two characters repeated");
        assertEquals(Optional.of("password.common"), PasswordPolicy.broken("cy.clerk", "abcabcabcabc"), "a short piece repeated");
        assertEquals(Optional.of("password.common"), PasswordPolicy.broken("cy.clerk", "password1234"), "a listed word and digits");
        assertEquals(Optional.of("password.common"), PasswordPolicy.broken("cy.clerk", "qwertyuiopas"), "a keyboard row");
        assertEquals(Optional.of("password.common"), PasswordPolicy.broken("cy.clerk", "0987654321"), "digits backwards");
    }
}
