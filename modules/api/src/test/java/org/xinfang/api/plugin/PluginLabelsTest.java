package org.xinfang.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.model.SelectItem;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.Channel;

/** The labels every plugin's pages read, over a bundle of this module's tests and the api's own enums. */
class PluginLabelsTest {

    /** The smallest plugin labels bean: the shared part is all there is. */
    static final class SampleLabels extends PluginLabels {
        SampleLabels(Supplier<Locale> locale) {
            super("sample", "org.xinfang.api.plugin.sample", locale);
        }
    }

    private static SampleLabels in(Locale locale) {
        return new SampleLabels(() -> locale);
    }

    @Test
    void chineseAndAnyOtherLanguageReadTheChineseBaseBundle() {
        assertEquals("是", in(Locale.SIMPLIFIED_CHINESE).yesNo(true));
        assertEquals("否", in(Locale.TRADITIONAL_CHINESE).yesNo(false));
        assertEquals("是", in(Locale.GERMANY).yesNo(true));
        assertEquals("是", in(null).yesNo(true));
        assertEquals(Locale.ROOT, in(Locale.FRENCH).getMsg().getLocale());
    }

    @Test
    void englishReadsTheEnglishBundleWhateverTheCountry() {
        assertEquals("Yes", in(Locale.ENGLISH).yesNo(true));
        assertEquals("No", in(Locale.UK).yesNo(false));
        assertEquals("org.xinfang.api.plugin.sample", in(Locale.US).getMsg().getBaseBundleName());
    }

    @Test
    void yesNoOfAnUnansweredQuestionIsEmpty() {
        assertEquals("", in(Locale.SIMPLIFIED_CHINESE).yesNo(null));
        assertEquals("", in(Locale.ENGLISH).yesNo(null));
    }

    @Test
    void menuItemsCarryTheConstantsInOrderWithTheLabelsOfTheViewLanguage() {
        List<SelectItem> chinese = in(Locale.SIMPLIFIED_CHINESE).options(Channel.values());
        assertEquals(Channel.values().length, chinese.size());
        assertEquals(Channel.VISIT, chinese.get(1).getValue());
        assertEquals("来访", chinese.get(1).getLabel());
        assertEquals("Visit", in(Locale.ENGLISH).options(Channel.values()).get(1).getLabel());
    }

    @Test
    void menuItemsInAGivenLanguageIgnoreTheViewLanguage() {
        assertEquals("Hotline", in(Locale.SIMPLIFIED_CHINESE).options(Channel.values(), Locale.ENGLISH).get(5).getLabel());
    }

    @Test
    void labelOfAStoredValueFollowsTheViewLanguageAndIsEmptyWhenNotFilledIn() {
        assertEquals("热线", in(Locale.SIMPLIFIED_CHINESE).label(Channel.HOTLINE));
        assertEquals("Hotline", in(Locale.ENGLISH).label(Channel.HOTLINE));
        assertEquals("", in(Locale.ENGLISH).label(null));
    }
}
