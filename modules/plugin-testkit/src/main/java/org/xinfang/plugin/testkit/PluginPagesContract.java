package org.xinfang.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.PublicCaseForm;

/**
 * The plugin's page fragments and message bundles: well-formed, ids the browser tests can find, no
 * missing text, Chinese first. A plugin's test extends this, names its editor's fields and one label
 * in both languages, and adds the checks of its own labels bean.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PluginPagesContract {

    /** A fragment of the plugin's own that a page includes. */
    private static final Pattern INCLUDE = Pattern.compile("<ui:include src=\"(/plugins/[^\"#]+)\"\\s*/>");


    private static final Pattern COMPONENT_ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern BUNDLE_KEY = Pattern.compile("msg\\['([^']+)'\\]");

    /** Locales a Chinese user's browser may send; all of them must read the Chinese base bundle. */
    private static final List<Locale> NOT_ENGLISH = List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINA,
            Locale.TRADITIONAL_CHINESE, Locale.FRENCH, Locale.GERMAN, Locale.JAPANESE, Locale.ROOT);
    private static final List<Locale> ENGLISH = List.of(Locale.ENGLISH, Locale.US, Locale.UK);

    /** One label of the plugin's bundle in both languages. */
    public record Label(String key, String chinese, String english) {
    }

    private final AgencyPlugin plugin;
    private final Function<Locale, ResourceBundle> bundle;
    private final List<String> editorFields;
    private final Label sampleLabel;

    /**
     * @param plugin the plugin under test
     * @param bundle how its pages load its message bundle (its labels bean's {@code getMsg()} in that locale)
     * @param editorFields the form's properties the editor must offer, each with a label and a message
     * @param sampleLabel one label, to prove the language a locale reads
     */
    protected PluginPagesContract(AgencyPlugin plugin, Function<Locale, ResourceBundle> bundle,
            List<String> editorFields, Label sampleLabel) {
        this.plugin = plugin;
        this.bundle = bundle;
        this.editorFields = List.copyOf(editorFields);
        this.sampleLabel = sampleLabel;
    }

    /** The text of a page the plugin serves, by its path under the web root: {@code /plugins/court/guide.xhtml}. */
    protected String read(String page) throws IOException {
        String resource = "META-INF/resources" + page;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The editor fragment's text, with the fragments it includes (a public form it shares) in their place. */
    protected String editor() throws IOException {
        return withIncludes(read(plugin.caseForm().editor()));
    }

    /** {@code page} with each of the plugin's own fragments it includes written in. */
    protected String withIncludes(String page) throws IOException {
        Matcher include = INCLUDE.matcher(page);
        StringBuilder whole = new StringBuilder();
        while (include.find()) {
            include.appendReplacement(whole, Matcher.quoteReplacement(read(include.group(1))));
        }
        return include.appendTail(whole).toString();
    }

    /** The plugin's pages: the form's editor and view, its public form's editor, and every page of its menu. */
    protected List<String> pages() {
        List<String> pages = new ArrayList<>(List.of(plugin.caseForm().editor(), plugin.caseForm().view()));
        plugin.publicForm().map(PublicCaseForm::editor).filter(editor -> !pages.contains(editor)).ifPresent(pages::add);
        plugin.menu().forEach(entry -> pages.add(entry.path()));
        return pages;
    }

    @Test
    protected void thePublicFormHasAnInputForEveryFieldThePublicFills() throws IOException {
        if (plugin.publicForm().isEmpty()) {
            return;
        }
        PublicCaseForm form = plugin.publicForm().get();
        String editor = withIncludes(read(form.editor()));
        for (String field : form.fields()) {
            String id = plugin.id() + "_" + field;
            assertTrue(editor.contains("id=\"" + id + "\""), "the portal's fragment has no input " + id);
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    protected void pageIsAWellFormedFaceletsComposition(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/resources" + page)) {
            assertNotNull(in, page);
            Document document = factory.newDocumentBuilder().parse(in);
            assertEquals("composition", document.getDocumentElement().getLocalName());
            assertEquals("jakarta.faces.facelets", document.getDocumentElement().getNamespaceURI());
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    protected void componentIdsArePrefixedAndUnique(String page) throws IOException {
        Matcher ids = COMPONENT_ID.matcher(read(page));
        Set<String> seen = new HashSet<>();
        while (ids.find()) {
            String id = ids.group(1);
            assertTrue(id.startsWith(plugin.id() + "_"), id);
            assertTrue(seen.add(id), "duplicate id " + id);
        }
        assertFalse(seen.isEmpty(), page);
    }

    @Test
    protected void editorHasAnInputLabelAndMessageForEveryField() throws IOException {
        String editor = editor();
        assertFalse(editorFields.isEmpty());
        for (String field : editorFields) {
            String id = plugin.id() + "_" + field;
            assertTrue(editor.contains("id=\"" + id + "\""), id);
            assertTrue(editor.contains("<p:outputLabel for=\"" + id + "\""), "label for " + id);
            assertTrue(editor.contains("<p:message for=\"" + id + "\""), "message for " + id);
        }
    }

    @Test
    protected void everyKeyThePagesUseIsInBothBundles() throws IOException {
        ResourceBundle zh = bundle.apply(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = bundle.apply(Locale.ENGLISH);
        List<String> used = new ArrayList<>();
        for (String page : pages()) {
            Matcher keys = BUNDLE_KEY.matcher(read(page));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }
        assertFalse(used.isEmpty());
        for (String key : used) {
            assertTrue(zh.containsKey(key), "zh " + key);
            assertTrue(en.containsKey(key), "en " + key);
        }
    }

    @Test
    protected void bundlesHaveTheSameKeysAllPrefixedWithTheId() {
        Set<String> zh = bundle.apply(Locale.ROOT).keySet();
        Set<String> en = bundle.apply(Locale.ENGLISH).keySet();
        assertEquals(zh, en);
        // Audit actions' labels are audit.action.<code>, and a plugin's codes start with its id (AuditAction).
        String auditLabels = "audit.action." + plugin.id().toUpperCase(Locale.ROOT) + "_";
        zh.forEach(key -> assertTrue(key.startsWith(plugin.id() + ".") || key.startsWith(auditLabels), key));
    }

    @Test
    protected void bundleIsTheOneThePluginDeclares() {
        assertEquals(plugin.messageBundle(), bundle.apply(Locale.ROOT).getBaseBundleName());
        assertEquals(plugin.messageBundle(), bundle.apply(Locale.ENGLISH).getBaseBundleName());
    }

    @Test
    protected void chineseViewReadsChineseEvenOnAnEnglishServer() {
        Locale serverDefault = Locale.getDefault();
        try {
            // The default lookup falls back to the JVM's locale: on an en_US server a Chinese view would read English.
            Locale.setDefault(Locale.US);
            for (Locale locale : NOT_ENGLISH) {
                assertEquals(sampleLabel.chinese(), bundle.apply(locale).getString(sampleLabel.key()), locale.toString());
            }
            for (Locale locale : ENGLISH) {
                assertEquals(sampleLabel.english(), bundle.apply(locale).getString(sampleLabel.key()), locale.toString());
            }
        } finally {
            Locale.setDefault(serverDefault);
        }
    }
}
