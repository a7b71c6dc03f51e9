package org.xinfang.web.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exactly the public reception paths pass without sign-in, each only by its own method. */
class ApiAuthenticationTest {

    @Test
    void opensTheRotaTheOnlineApplicationAndTheLookupOnly() {
        assertTrue(ApiAuthentication.isPublic("GET", "/public/reception"));
        assertTrue(ApiAuthentication.isPublic("POST", "public/reception/applications"));
        assertTrue(ApiAuthentication.isPublic("POST", "/public/reception/applications/"));
        assertTrue(ApiAuthentication.isPublic("GET", "/public/reception/applications/朝阳访约〔2026〕1号"));
    }

    @Test
    void keepsEverythingElseClosed() {
        assertFalse(ApiAuthentication.isPublic("POST", "/public/reception"));
        assertFalse(ApiAuthentication.isPublic("GET", "/public/reception/applications"), "no list of applications");
        assertFalse(ApiAuthentication.isPublic("GET", "/public/reception/applications/1/notice"));
        assertFalse(ApiAuthentication.isPublic("DELETE", "/public/reception/applications/朝阳访约〔2026〕1号"));
        assertFalse(ApiAuthentication.isPublic("PUT", "/public/reception/applications"));
        assertFalse(ApiAuthentication.isPublic("GET", "/reception/applications"));
        assertFalse(ApiAuthentication.isPublic("GET", "/public/receptionx"));
    }
}
