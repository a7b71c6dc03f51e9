package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.api.Api.Answer;

/**
 * What the API changes is what the engine reads: run inside the server, this test calls the API over
 * HTTP and then asks the same beans the procedure engine asks.
 */
@ExtendWith(ArquillianExtension.class)
@InServer(Api.class)
class SettingsReadBackIT {

    private static final String KEY = "clock.general.review.days";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    Settings settings;

    @Inject
    WorkCalendars calendars;

    @Test
    void aSettingChangedThroughTheApiIsWhatSettingsNumberAnswers() {
        try {
            Answer changed = Api.put(Api.ADMIN, "/admin/settings/" + KEY, Json.createObjectBuilder().add("value", 45).build());
            assertEquals(200, changed.status(), changed::toString);
            assertEquals(45, changed.json().getInt("value"));
            assertTrue(changed.json().getBoolean("changed"));
            assertEquals(45, settings.number(KEY, 30));
        } finally {
            Api.put(Api.ADMIN, "/admin/settings/" + KEY, Json.createObjectBuilder().add("value", 30).build());
        }
        assertEquals(30, settings.number(KEY, 30));
    }

    @Test
    void anImportedYearIsWhatTheClocksCountOnAtOnce() {
        LocalDate saturday = LocalDate.of(2094, 1, 2);
        LocalDate monday = LocalDate.of(2094, 1, 4);
        Answer imported = Api.putText(Api.ADMIN, "/admin/calendar/2094", "text/csv; charset=UTF-8",
                saturday + ",WORKDAY,测试调休\n" + monday + ",HOLIDAY,测试假日\n");
        assertEquals(200, imported.status(), imported::toString);
        assertTrue(calendars.current().isWorkingDay(saturday));
        assertFalse(calendars.current().isWorkingDay(monday));
    }
}
