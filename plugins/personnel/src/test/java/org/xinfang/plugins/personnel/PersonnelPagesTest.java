package org.xinfang.plugins.personnel;

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
class PersonnelPagesTest {

    private static final String ROOT = "META-INF/resources/plugins/personnel/";

    private static String read(String resource) throws IOException {
        try (InputStream in = PersonnelPagesTest.class.getClassLoader().getResourceAsStream(resource)) {
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
            assertTrue(id.startsWith("personnel_"), id);
            assertTrue(seen.add(id), "duplicate id " + id);
        }
        assertTrue(!seen.isEmpty(), page);
    }

    @Test
    void editorHasAnInputLabelAndMessageForEveryField() throws IOException {
        String editor = read(ROOT + "case-form.xhtml");
        for (String field : List.of("businessCategory", "addressedToHead")) {
            String id = "personnel_" + field;
            assertTrue(editor.contains("id=\"" + id + "\""), id);
            assertTrue(editor.contains("<p:outputLabel for=\"" + id + "\""), "label for " + id);
            assertTrue(editor.contains("<p:message for=\"" + id + "\""), "message for " + id);
        }
    }

    @Test
    void everyKeyThePagesUseIsInBothBundles() throws IOException {
        ResourceBundle zh = PersonnelLabels.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = PersonnelLabels.bundle(Locale.ENGLISH);
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
        Set<String> zh = PersonnelLabels.bundle(Locale.ROOT).keySet();
        Set<String> en = PersonnelLabels.bundle(Locale.ENGLISH).keySet();
        assertEquals(zh, en);
        zh.forEach(key -> assertTrue(key.startsWith("personnel."), key));
    }

    @Test
    void chineseViewReadsChineseEvenOnAnEnglishServer() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("业务类别", PersonnelLabels.bundle(Locale.SIMPLIFIED_CHINESE).getString("personnel.form.businessCategory"));
            assertEquals("业务类别", PersonnelLabels.bundle(Locale.JAPANESE).getString("personnel.form.businessCategory"));
            assertEquals("Business category", PersonnelLabels.bundle(Locale.US).getString("personnel.form.businessCategory"));
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void categoryChoicesCarryTheEnumAndTheLabelOfTheLocale() {
        PersonnelLabels english = new PersonnelLabels(() -> Locale.ENGLISH);
        assertEquals(BusinessCategory.values().length, english.getCategories().size());
        assertEquals(BusinessCategory.TITLE, english.getCategories().get(2).getValue());
        assertEquals("Professional titles", english.getCategories().get(2).getLabel());
        assertEquals("职称", new PersonnelLabels(() -> Locale.SIMPLIFIED_CHINESE).getCategories().get(2).getLabel());
    }

    @Test
    void labelsOfStoredValuesFollowTheLocaleOfTheView() {
        PersonnelLabels chinese = new PersonnelLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("档案", chinese.categoryLabel(BusinessCategory.ARCHIVES));
        assertEquals("", chinese.categoryLabel(null));
        assertEquals("是", chinese.yesNo(true));
        PersonnelLabels english = new PersonnelLabels(() -> Locale.ENGLISH);
        assertEquals("Personnel archives", english.categoryLabel(BusinessCategory.ARCHIVES));
        assertEquals("No", english.yesNo(false));
        assertEquals("", english.yesNo(null));
    }
}
