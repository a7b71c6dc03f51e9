package org.xinfang.core.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.domain.model.visit.VisitPerson;

/** The resident identity number of GB 11643-1999, and the constraint that applies it to parties and visitors. */
class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private final InputValidator validator = new InputValidator();

    /** The check character worked out here, apart from the code under test: ISO 7064 MOD 11-2. */
    private static String withCheck(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(first17.charAt(i), 10) * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Test
    void theCheckCharacterIsTheMod11_2OfTheFirstSeventeenDigits() {
        // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167, 167 mod 11 = 2 → X
        assertEquals('X', ResidentIdNumbers.checkCharacter("11010519491231002"));
        assertEquals('5', ResidentIdNumbers.checkCharacter("37078119680512234"));
        assertEquals('0', ResidentIdNumbers.checkCharacter("44030520000229001"));
        for (String first17 : List.of("11010519900101123", "53010219880808451", "37078119680512237", "65010220101010999")) {
            assertEquals(withCheck(first17).charAt(17), ResidentIdNumbers.checkCharacter(first17), first17);
        }
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumbers.checkCharacter("1101051949123100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "370781196805122345", "37078119680512237X",
            "440305200002290010", "530102198808084517", "110105190001011231", "82010519900101123X"})
    void aWellFormedNumberPasses(String number) {
        assertTrue(ResidentIdNumbers.isValid(number, TODAY), number);
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertFalse(ResidentIdNumbers.isValid("110105194912310021", TODAY));
        assertFalse(ResidentIdNumbers.isValid("110105199001011234", TODAY), "…1232 would be right");
        assertFalse(ResidentIdNumbers.isValid("370781196805122341", TODAY));
        assertFalse(ResidentIdNumbers.isValid("37078119680512234X", TODAY), "X where 5 is due");
        assertFalse(ResidentIdNumbers.isValid("110105199001012132", TODAY), "two digits of …011232 swapped");
    }

    @Test
    void aBirthDateThatIsNoCalendarDayIsRefusedEvenWithTheRightCheckCharacter() {
        assertEquals("110105199002301231", withCheck("11010519900230123"));
        assertFalse(ResidentIdNumbers.isValid("110105199002301231", TODAY), "30 February 1990");
        assertFalse(ResidentIdNumbers.isValid(withCheck("11010519901301123"), TODAY), "month 13");
        assertFalse(ResidentIdNumbers.isValid(withCheck("11010519900100123"), TODAY), "day 0");
        assertFalse(ResidentIdNumbers.isValid(withCheck("44030519000229001"), TODAY), "1900 was no leap year");
        assertTrue(ResidentIdNumbers.isValid(withCheck("44030520000229001"), TODAY), "2000 was");
    }

    @Test
    void aBirthDateAfterTodayOrBefore1900IsRefused() {
        assertTrue(ResidentIdNumbers.isValid(withCheck("11010520260315001"), TODAY), "born today");
        assertFalse(ResidentIdNumbers.isValid(withCheck("11010520260316001"), TODAY), "born tomorrow");
        assertFalse(ResidentIdNumbers.isValid("110105209912310010", TODAY), "2099");
        assertFalse(ResidentIdNumbers.isValid("110105189912311237", TODAY), "31 December 1899");
        assertTrue(ResidentIdNumbers.isValid("110105190001011231", TODAY), "1 January 1900");
    }

    @Test
    void theFirstTwoDigitsAreAProvinceFrom11To82() {
        assertEquals("990105199001011236", withCheck("99010519900101123"));
        assertFalse(ResidentIdNumbers.isValid("990105199001011236", TODAY), "99");
        assertFalse(ResidentIdNumbers.isValid(withCheck("10010519900101123"), TODAY), "10");
        assertFalse(ResidentIdNumbers.isValid(withCheck("83010519900101123"), TODAY), "83");
        assertFalse(ResidentIdNumbers.isValid(withCheck("01010519900101123"), TODAY), "01");
        assertTrue(ResidentIdNumbers.isValid(withCheck("11010519900101123"), TODAY), "11 Beijing");
        assertTrue(ResidentIdNumbers.isValid(withCheck("82010519900101123"), TODAY), "82 Macao");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002", "11010519491231002X0", "1101051949123100X2", "11010519491231002Y",
            "110105 19491231002X", "１１０１０５１９４９１２３１００２Ｘ", "", " 11010519491231002X"})
    void anythingButEighteenDigitsWithAFinalXIsRefused(String number) {
        assertFalse(ResidentIdNumbers.isValid(number, TODAY), number);
    }

    @Test
    void noNumberIsNoneOfTheRulesBusiness() {
        assertFalse(ResidentIdNumbers.isValid(null, TODAY));
        assertEquals(List.of(), problems(new Party(PartyRole.PETITIONER, "王喆", null, null, null), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), problems(new Party(PartyRole.PETITIONER, "王喆", "", "", null), Locale.SIMPLIFIED_CHINESE),
                "a form's empty field");
    }

    @Test
    void aPartyOrVisitorWithAFalseNumberIsToldWhatIsWrong() {
        assertEquals(List.of(), problems(new Party(PartyRole.PETITIONER, "王喆", "11010519491231002x", null, null), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("idNumber: 身份证号码不正确：应为 18 位（末位可为 X），以省级地区码开头，出生日期真实且不晚于今天，末位校验码符合 GB 11643"),
                problems(new Party(PartyRole.PETITIONER, "王喆", "110105199001011234", null, null), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("idNumber: Identity number is not valid: it has 18 characters (the last may be X), starts with a province code,"
                        + " holds a real birth date no later than today, and ends with the check character of GB 11643"),
                problems(new Party(PartyRole.PETITIONER, "王喆", "110105199002301231", null, null), Locale.ENGLISH));
        assertEquals(List.of("idNumber: 身份证号码不正确：应为 18 位（末位可为 X），以省级地区码开头，出生日期真实且不晚于今天，末位校验码符合 GB 11643。"),
                problems(new VisitPerson("钱三", null, "990105199001011236"), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), problems(new VisitPerson("钱三", null, "370781196805122345"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void someoneBornTodayInChinaMayComeWhateverTheServersZone() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String bornToday = withCheck("110105" + today.toString().replace("-", "") + "001");
        assertEquals(List.of(), problems(new Party(PartyRole.PETITIONER, "王喆", bornToday, null, null), Locale.SIMPLIFIED_CHINESE));
        String bornTomorrow = withCheck("110105" + today.plusDays(1).toString().replace("-", "") + "001");
        assertEquals(1, problems(new Party(PartyRole.PETITIONER, "王喆", bornTomorrow, null, null), Locale.SIMPLIFIED_CHINESE).size());
    }

    private List<String> problems(Object bean, Locale locale) {
        return validator.problems(bean, "", locale).stream().filter(p -> p.field().equals("idNumber"))
                .map(p -> p.field() + ": " + p.message()).toList();
    }
}
