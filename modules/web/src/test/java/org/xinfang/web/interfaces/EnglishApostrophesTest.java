package org.xinfang.web.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An apostrophe opens a quote to MessageFormat, which pages ({@code h:outputFormat}) and the core's messages run every
 * text with arguments through: "the file's content" came out "the files content". Such a text writes it twice.
 */
class EnglishApostrophesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void theUploadHintKeepsItsApostrophe() throws IOException {
        String hint = english("org/xinfang/web/messages_en.properties").getProperty("documents.upload.hint");
        assertEquals("PDF, JPEG, PNG, TIFF, GIF or BMP scans up to 20 MB each; the type is checked on the file's content.",
                new MessageFormat(hint, Locale.ENGLISH).format(new Object[] {20}));
    }

    @Test
    void noEnglishTextWithArgumentsHasALoneApostrophe() throws IOException {
        for (String bundle : List.of("org/xinfang/web/messages_en.properties", "org/xinfang/core/messages_en.properties")) {
            Properties texts = english(bundle);
            List<String> broken = texts.stringPropertyNames().stream().sorted()
                    .filter(key -> ARGUMENT.matcher(texts.getProperty(key)).find() && LONE_APOSTROPHE.matcher(texts.getProperty(key)).find())
                    .toList();
            assertEquals(List.of(), broken, bundle);
        }
    }

    private static Properties english(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = EnglishApostrophesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
