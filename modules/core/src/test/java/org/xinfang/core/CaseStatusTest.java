package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xinfang.api.plugin.GeneralProcedure;
import org.xinfang.core.domain.model.cases.CaseStatus;

class CaseStatusTest {

    @Test
    void everyCaseStatusIsAStateOfTheGeneralProcedurePluginsExtend() {
        Set<String> statuses = Arrays.stream(CaseStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertEquals(GeneralProcedure.STATES, statuses);
    }
}
