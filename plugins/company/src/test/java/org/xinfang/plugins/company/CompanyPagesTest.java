package org.xinfang.plugins.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** The page fragments and bundles: well-formed, ids the browser tests can find, no missing text. */
class CompanyPagesTest {

    private static final String ROOT = "META-INF/resources/plugins/company/";

    private static String read(String resource) throws IOException {
        try (InputStream in = CompanyPagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-form.xhtml", "case-view.xhtml", "guide.xhtml"})
    void pageIsAWellFormedFaceletsComposition(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + page)) {
            Document document = factory.newDocumentBuilder().parse(in);
            assertEquals("composition", document.getDocumentElement().getLocalName());
            assertEquals("jakarta.faces.facelets", document.getDocumentElement().getNamespaceURI());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-form.xhtml", "case-view.xhtml", "guide.xhtml"})
    void componentIdsArePrefixedAndUnique(String page) throws IOException {
        Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(read(ROOT + page));
        Set<String> seen = new HashSet<>();
        while (ids.find()) {
            String id = ids.group(1);
            assertTrue(id.startsWith("company_"), id);
            assertTrue(seen.add(id), "duplicate id " + id);
        }
        assertTrue(!seen.isEmpty(), page);
    }

    @Test
    void editorHasAnInputLabelAndMessageForEveryField() throws IOException {
        String editor = read(ROOT + "case-form.xhtml");
        for (String field : List.of("workshop", "complaintType", "anonymous", "employeeNumber")) {
            String id = "company_" + field;
            assertTrue(editor.contains("id=\"" + id + "\""), id);
            assertTrue(editor.contains("<p:outputLabel for=\"" + id + "\""), "label for " + id);
            assertTrue(editor.contains("<p:message for=\"" + id + "\""), "message for " + id);
        }
    }

    @Test
    void everyKeyThePagesUseIsInBothBundles() throws IOException {
        ResourceBundle zh = CompanyLabels.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = CompanyLabels.bundle(Locale.ENGLISH);
        List<String> used = new ArrayList<>();
        for (String page : List.of("case-form.xhtml", "case-view.xhtml")) {
            Matcher keys = Pattern.compile("msg\\['([^']+)'\\]").matcher(read(ROOT + page));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }
        assertTrue(!used.isEmpty());
        for (String key : used) {
            assertTrue(zh.containsKey(key), "zh " + key);
            assertTrue(en.containsKey(key), "en " + key);
        }
    }

    @Test
    void bundlesHaveTheSameKeysAllPrefixedWithTheId() {
        Set<String> zh = CompanyLabels.bundle(Locale.ROOT).keySet();
        Set<String> en = CompanyLabels.bundle(Locale.ENGLISH).keySet();
        assertEquals(zh, en);
        zh.forEach(key -> assertTrue(key.startsWith("company."), key));
    }

    @Test
    void chineseViewReadsChineseEvenOnAnEnglishServer() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("工号", CompanyLabels.bundle(Locale.SIMPLIFIED_CHINESE).getString("company.form.employeeNumber"));
            assertEquals("工号", CompanyLabels.bundle(Locale.TRADITIONAL_CHINESE).getString("company.form.employeeNumber"));
            assertEquals("Employee number", CompanyLabels.bundle(Locale.ENGLISH).getString("company.form.employeeNumber"));
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void complaintTypeChoicesCarryTheEnumAndTheLabelOfTheLocale() {
        CompanyLabels english = new CompanyLabels(() -> Locale.ENGLISH);
        assertEquals(ComplaintType.values().length, english.getComplaintTypes().size());
        assertEquals(ComplaintType.OVERTIME, english.getComplaintTypes().get(1).getValue());
        assertEquals("Overtime", english.getComplaintTypes().get(1).getLabel());
        assertEquals("加班", new CompanyLabels(() -> Locale.SIMPLIFIED_CHINESE).getComplaintTypes().get(1).getLabel());
    }

    @Test
    void labelsOfStoredValuesFollowTheLocaleOfTheView() {
        CompanyLabels chinese = new CompanyLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("纪律处分", chinese.complaintTypeLabel(ComplaintType.DISCIPLINE));
        assertEquals("", chinese.complaintTypeLabel(null));
        assertEquals("是", chinese.yesNo(true));
        CompanyLabels english = new CompanyLabels(() -> Locale.ENGLISH);
        assertEquals("Disciplinary sanction", english.complaintTypeLabel(ComplaintType.DISCIPLINE));
        assertEquals("No", english.yesNo(false));
        assertEquals("", english.yesNo(null));
    }

    @Test
    void tickingAnonymousRerendersTheEmployeeNumberDisabled() throws IOException {
        String editor = read(ROOT + "case-form.xhtml");
        assertTrue(editor.contains("<p:ajax update=\"company_employeeNumberField\"/>"));
        assertTrue(editor.contains("disabled=\"#{form.anonymous}\""));
        // The anonymous box comes first, so a submit without script still sets anonymity before the number.
        assertTrue(editor.indexOf("id=\"company_anonymous\"") < editor.indexOf("id=\"company_employeeNumber\""));
    }
}
