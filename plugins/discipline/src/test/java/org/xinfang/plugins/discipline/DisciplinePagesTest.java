package org.xinfang.plugins.discipline;

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
class DisciplinePagesTest {

    private static final String ROOT = "META-INF/resources/plugins/discipline/";

    private static String read(String resource) throws IOException {
        try (InputStream in = DisciplinePagesTest.class.getClassLoader().getResourceAsStream(resource)) {
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
            assertTrue(id.startsWith("discipline_"), id);
            assertTrue(seen.add(id), "duplicate id " + id);
        }
        assertTrue(!seen.isEmpty(), page);
    }

    @Test
    void editorHasAnInputLabelAndMessageForEveryField() throws IOException {
        String editor = read(ROOT + "case-form.xhtml");
        for (String field : List.of("category", "signed", "subjectName", "subjectUnit", "subjectPost", "subjectRank")) {
            String id = "discipline_" + field;
            assertTrue(editor.contains("id=\"" + id + "\""), id);
            assertTrue(editor.contains("<p:outputLabel for=\"" + id + "\""), "label for " + id);
            assertTrue(editor.contains("<p:message for=\"" + id + "\""), "message for " + id);
        }
    }

    @Test
    void everyKeyThePagesUseIsInBothBundles() throws IOException {
        ResourceBundle zh = DisciplineLabels.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = DisciplineLabels.bundle(Locale.ENGLISH);
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
        Set<String> zh = DisciplineLabels.bundle(Locale.ROOT).keySet();
        Set<String> en = DisciplineLabels.bundle(Locale.ENGLISH).keySet();
        assertEquals(zh, en);
        zh.forEach(key -> assertTrue(key.startsWith("discipline."), key));
    }

    @Test
    void chineseViewReadsChineseEvenOnAnEnglishServer() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("被反映人姓名", DisciplineLabels.bundle(Locale.SIMPLIFIED_CHINESE).getString("discipline.form.subjectName"));
            assertEquals("被反映人姓名", DisciplineLabels.bundle(Locale.GERMAN).getString("discipline.form.subjectName"));
            assertEquals("Subject's name", DisciplineLabels.bundle(Locale.UK).getString("discipline.form.subjectName"));
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void menuChoicesCarryTheEnumAndTheLabelOfTheLocale() {
        DisciplineLabels english = new DisciplineLabels(() -> Locale.ENGLISH);
        assertEquals(ReportCategory.values().length, english.getCategories().size());
        assertEquals(ReportCategory.COMPLAINT, english.getCategories().get(1).getValue());
        assertEquals("Complaint", english.getCategories().get(1).getLabel());
        assertEquals(SubjectRank.values().length, english.getRanks().size());
        assertEquals(SubjectRank.COUNTY, english.getRanks().get(2).getValue());
        DisciplineLabels chinese = new DisciplineLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("控告", chinese.getCategories().get(1).getLabel());
        assertEquals("县处级", chinese.getRanks().get(2).getLabel());
    }

    @Test
    void labelsOfStoredValuesFollowTheLocaleOfTheView() {
        DisciplineLabels chinese = new DisciplineLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("申诉", chinese.categoryLabel(ReportCategory.APPEAL));
        assertEquals("厅局级", chinese.rankLabel(SubjectRank.BUREAU));
        assertEquals("", chinese.categoryLabel(null));
        assertEquals("", chinese.rankLabel(null));
        assertEquals("否", chinese.yesNo(false));
        DisciplineLabels english = new DisciplineLabels(() -> Locale.ENGLISH);
        assertEquals("Appeal", english.categoryLabel(ReportCategory.APPEAL));
        assertEquals("Yes", english.yesNo(true));
        assertEquals("", english.yesNo(null));
    }
}
