package org.xinfang.web.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The query parameters a resource method takes are read from its own declarations, wherever they are written. */
class KnownQueryParametersTest {

    static class Filter {
        @QueryParam("from")
        String from;

        String notAParameter;

        @QueryParam("to")
        public void setTo(String to) {
        }
    }

    static class Resource {
        @QueryParam("lang")
        String lang;

        public String list(@PathParam("unitId") long unitId, @QueryParam("status") String status, @QueryParam("limit") String limit) {
            return null;
        }

        public String range(@BeanParam Filter filter) {
            return null;
        }

        public String one(@PathParam("id") long id) {
            return null;
        }
    }

    private static Set<String> allowed(String method) {
        Method m = List.of(Resource.class.getDeclaredMethods()).stream().filter(x -> x.getName().equals(method)).findFirst().orElseThrow();
        return KnownQueryParameters.allowedBy(Resource.class, m);
    }

    @Test
    void theMethodsParametersAndTheResourcesFieldsAreTheOnesAllowed() {
        assertEquals(List.of("lang", "limit", "status"), List.copyOf(allowed("list")), "sorted, path parameters not among them");
    }

    @Test
    void aBeanParamsFieldsAndSettersCount() {
        assertEquals(List.of("from", "lang", "to"), List.copyOf(allowed("range")));
    }
}
