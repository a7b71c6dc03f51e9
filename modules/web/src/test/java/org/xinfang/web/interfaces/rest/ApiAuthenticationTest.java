package org.xinfang.web.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exactly the public reception and receipt paths pass without sign-in, each only by its own method. */
class ApiAuthenticationTest {

    @Test
    void opensTheRotaTheOnlineApplicationAndTheLookupOnly() {
        assertTrue(ApiAuthentication.isPublic("GET", "/public/reception"));
        assertTrue(ApiAuthentication.isPublic("POST", "public/reception/applications"));
        assertTrue(ApiAuthentication.isPublic("POST", "/public/reception/applications/"));
        assertTrue(ApiAuthentication.isPublic("POST", "/public/reception/applications/status"));
        assertFalse(ApiAuthentication.isPublic("GET", "/public/reception/applications/朝阳访约〔2026〕1号"),
                "the number and phone travel in a body, never an address");
    }

    @Test
    void opensThePetitionPortalByPostAndItsUnitsByGet() {
        assertTrue(ApiAuthentication.isPublic("POST", "/public/petitions"));
        assertTrue(ApiAuthentication.isPublic("POST", "/public/petitions/follow"));
        assertTrue(ApiAuthentication.isPublic("POST", "public/petitions/rating/"));
        assertTrue(ApiAuthentication.isPublic("GET", "/public/petitions/units"));
        assertFalse(ApiAuthentication.isPublic("GET", "/public/petitions/follow"), "the code travels in a body");
        assertFalse(ApiAuthentication.isPublic("POST", "/public/petitions/follow/1"));
        assertFalse(ApiAuthentication.isPublic("GET", "/public/petitions"));
    }

    @Test
    void opensAReceiptCodesAnswersAndMaterialByPostOnly() {
        assertTrue(ApiAuthentication.isPublic("POST", "/public/receipts/answers"));
        assertTrue(ApiAuthentication.isPublic("POST", "public/receipts/evidence/"));
        assertFalse(ApiAuthentication.isPublic("GET", "/public/receipts/answers"), "the code travels in a body, never an address");
        assertFalse(ApiAuthentication.isPublic("POST", "/public/receipts"));
        assertFalse(ApiAuthentication.isPublic("POST", "/cases/1/receipt"), "the unit's side needs a caller");
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

    @Test
    void opensAnInstalledPluginsPublicResourcesOnly() {
        java.util.Set<String> installed = java.util.Set.of("discipline", "court");
        assertTrue(ApiAuthentication.isPluginPublic("/discipline/public/receipts/answers", installed));
        assertTrue(ApiAuthentication.isPluginPublic("discipline/public/receipts/evidence", installed));
        assertFalse(ApiAuthentication.isPluginPublic("/discipline/cases/1/receipt", installed), "the staff's side needs a caller");
        assertFalse(ApiAuthentication.isPluginPublic("/discipline/publicity", installed));
        assertFalse(ApiAuthentication.isPluginPublic("/company/public/receipts/answers", installed), "not installed");
        assertFalse(ApiAuthentication.isPluginPublic("/cases/public/x", installed), "the core's resources are not a plugin's");
        assertFalse(ApiAuthentication.isPluginPublic("/public/discipline/x", installed));
    }
}
