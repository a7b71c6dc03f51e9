package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.xinfang.core.application.procedure.StatutoryClockProvider;

class StatutoryClockProviderTest {

    record Received(@PastOrPresent LocalDate on) {
    }

    @Test
    void daysAreCountedInChinaStandardTime() {
        assertEquals(ZoneId.of("Asia/Shanghai"), new StatutoryClockProvider().getClock().getZone());
    }

    @Test
    void todayInBeijingIsNotInTheFutureWhateverTheServerZone() {
        Validator validator = Validation.byDefaultProvider().configure().clockProvider(new StatutoryClockProvider())
                .buildValidatorFactory().getValidator();
        assertEquals(0, validator.validate(new Received(LocalDate.now(ZoneId.of("Asia/Shanghai")))).size());
        assertEquals(1, validator.validate(new Received(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1))).size());
    }
}
