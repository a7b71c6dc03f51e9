package org.xinfang.core.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.reception.PetitionerInput;
import org.xinfang.core.domain.model.visit.VisitPerson;

/** The phone numbers a petitioner can be called back on, and the constraint that applies the rule to every form. */
class PhoneNumberTest {

    private final InputValidator validator = new InputValidator();

    @ParameterizedTest
    @ValueSource(strings = {
        "13800138000", "138 0013 8000", "138-0013-8000", "19912345678", "+86 138 0013 8000", "+8613800138000",
        "8613800138000", "0086 138 0013 8000",
        "010-12345678", "01012345678", "(010)12345678", "021-22345678", "(0755)1234567", "（0755）12345678", "0755 1234 5678",
        "+86 10 12345678", "0086-755-12345678",
        "0755-12345678转123", "0755-12345678 转 8", "010-12345678#12", "010-12345678 ext. 12", "010-12345678x12",
        "010-12345678-123", "(0536)3221234-6", "6123456", "61234567", "6123-4567", "2123456转5",
        "+44 20 7946 0958", "+1 (415) 555-0100", "0044 20 7946 0958", "+852 2123 4567"})
    void numbersAsPeopleWriteThemPass(String phone) {
        assertTrue(PhoneNumbers.isValid(phone), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-----", "() - ()", "12345", "1234567890123456789", "abc13800138000", "13800138000abc", "11111111111", "12345678901",
        "1380013800", "138001380001", "+86 12345", "+86 11111111111", "+8612345678", "86 12345678",
        "1234567", "01234567", "0123-45678901", "011-12345678", "010-123456", "010-1234567890",
        "13800138000转123", "13800138000-12", "010-12345678转1234567", "010-12345678转", "转123",
        "+44 1234", "+44 1234567890123456", "+0 1234567", "+", "++8613800138000", "138 0013 8000+",
        "１３８００１３８０００", "138.0013.8000", "电话", "tel 13800138000", " "})
    void anythingElseIsRefused(String phone) {
        assertFalse(PhoneNumbers.isValid(phone), phone);
    }

    @Test
    void aPhoneLongerThanItsEncryptedColumnHoldsIsRefused() {
        assertTrue(PhoneNumbers.isValid("（0536）322 1234 转 123456"), "a long landline with its extension, 29 bytes");
        assertFalse(PhoneNumbers.isValid("138" + " ".repeat(30) + "00138000"));
        assertFalse(PhoneNumbers.isValid("138" + "\u3000".repeat(10) + "00138000"), "full-width spaces take three bytes each");
        assertTrue(PhoneNumbers.isValid("138" + "\u3000".repeat(8) + "00138000"));
    }

    @Test
    void noPhoneIsNoneOfTheRulesBusinessButABookingNeedsOne() {
        assertFalse(PhoneNumbers.isValid(null));
        assertEquals(List.of(), problems(new Party(PartyRole.PETITIONER, "王喆", null, null, null), "phone", Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), problems(new Party(PartyRole.PETITIONER, "王喆", null, "", null), "phone", Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, problems(new PetitionerInput("王喆", "拖欠工资", "", null, 1), "phone", Locale.SIMPLIFIED_CHINESE).size(),
                "a booking is called back on its phone");
        assertEquals(1, problems(new PetitionerInput("王喆", "拖欠工资", "   ", null, 1), "phone", Locale.SIMPLIFIED_CHINESE).size(),
                "said once, though blank is also no number");
        assertEquals(1, problems(new PetitionerInput("王喆", "拖欠工资", null, null, 1), "phone", Locale.SIMPLIFIED_CHINESE).size());
    }

    @Test
    void everyFormRefusesAFalsePhoneAndSaysWhatItShouldBe() {
        assertEquals(List.of("联系电话不正确：应为 11 位手机号（可加 +86）、带区号的固定电话（如 010-12345678，分机写在“转”后）、7–8 位本地号码，或以 + 开头的境外号码"),
                problems(new Party(PartyRole.PETITIONER, "王喆", null, "-----", null), "phone", Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("Phone number is not valid: give an 11-digit mobile (+86 allowed), a landline with its area code"
                        + " (e.g. 010-12345678, an extension after \"ext\"), a 7-8 digit local number, or a number abroad starting with +"),
                problems(new Party(PartyRole.PETITIONER, "王喆", null, "11111111111", null), "phone", Locale.ENGLISH));
        String reception = "请填写正确的联系电话：11 位手机号（可加 +86）、带区号的固定电话（如 010-12345678，分机写在“转”后）、7–8 位本地号码，或以 + 开头的境外号码。";
        assertEquals(List.of(reception), problems(new PetitionerInput("王喆", "拖欠工资", "12345", null, 1), "phone", Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(reception), problems(new VisitPerson("赵大", "abc13800138000", null), "phone", Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), problems(new PetitionerInput("王喆", "拖欠工资", "0536-3221234转6", null, 1), "phone", Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), problems(new VisitPerson("赵大", "+86 137 0000 1234", null), "phone", Locale.SIMPLIFIED_CHINESE));
    }

    private List<String> problems(Object bean, String field, Locale locale) {
        return validator.problems(bean, "", locale).stream().filter(p -> p.field().equals(field)).map(p -> p.message()).toList();
    }
}
