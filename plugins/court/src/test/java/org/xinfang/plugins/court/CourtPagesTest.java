package org.xinfang.plugins.court;

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
class CourtPagesTest {

    private static final String ROOT = "META-INF/resources/plugins/court/";

    private static String read(String resource) throws IOException {
        try (InputStream in = CourtPagesTest.class.getClassLoader().getResourceAsStream(resource)) {
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
            assertTrue(id.startsWith("court_"), id);
            assertTrue(seen.add(id), "duplicate id " + id);
        }
        assertTrue(!seen.isEmpty(), page);
    }

    @Test
    void editorHasAnInputLabelAndMessageForEveryField() throws IOException {
        String editor = read(ROOT + "case-form.xhtml");
        for (String field : List.of("originalCaseNumber", "stage", "tribunal", "presidingJudge", "litigationRelated")) {
            String id = "court_" + field;
            assertTrue(editor.contains("id=\"" + id + "\""), id);
            assertTrue(editor.contains("<p:outputLabel for=\"" + id + "\""), "label for " + id);
            assertTrue(editor.contains("<p:message for=\"" + id + "\""), "message for " + id);
        }
    }

    @Test
    void everyKeyThePagesUseIsInBothBundles() throws IOException {
        ResourceBundle zh = CourtLabels.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = CourtLabels.bundle(Locale.ENGLISH);
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
        Set<String> zh = CourtLabels.bundle(Locale.ROOT).keySet();
        Set<String> en = CourtLabels.bundle(Locale.ENGLISH).keySet();
        assertEquals(zh, en);
        zh.forEach(key -> assertTrue(key.startsWith("court."), key));
    }

    @Test
    void chineseViewReadsChineseEvenOnAnEnglishServer() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("原审案号", CourtLabels.bundle(Locale.SIMPLIFIED_CHINESE).getString("court.form.originalCaseNumber"));
            assertEquals("原审案号", CourtLabels.bundle(Locale.FRENCH).getString("court.form.originalCaseNumber"));
            assertEquals("Original case number", CourtLabels.bundle(Locale.UK).getString("court.form.originalCaseNumber"));
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void stageChoicesCarryTheEnumAndTheLabelOfTheLocale() {
        CourtLabels labels = new CourtLabels(() -> Locale.ENGLISH);
        assertEquals(CourtStage.values().length, labels.getStages().size());
        assertEquals(CourtStage.RETRIAL, labels.getStages().get(2).getValue());
        assertEquals("Retrial", labels.getStages().get(2).getLabel());
        assertEquals("再审", labels.stagesIn(Locale.CHINA).get(2).getLabel());
    }

    @Test
    void labelsOfStoredValuesFollowTheLocaleOfTheView() {
        CourtLabels chinese = new CourtLabels(() -> Locale.SIMPLIFIED_CHINESE);
        assertEquals("执行", chinese.stageLabel(CourtStage.ENFORCEMENT));
        assertEquals("", chinese.stageLabel(null));
        assertEquals("是", chinese.yesNo(true));
        assertEquals("", chinese.yesNo(null));
        CourtLabels english = new CourtLabels(() -> Locale.ENGLISH);
        assertEquals("Enforcement", english.stageLabel(CourtStage.ENFORCEMENT));
        assertEquals("No", english.yesNo(false));
        assertEquals("Stage", english.getMsg().getString("court.form.stage"));
    }
}
