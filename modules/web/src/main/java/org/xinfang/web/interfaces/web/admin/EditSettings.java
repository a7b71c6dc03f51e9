package org.xinfang.web.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.settings.SettingsCatalogue;
import org.xinfang.core.domain.model.setting.SettingDefinition;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The settings page (系统设置): every statutory period and limit with its default and the value in
 * force, edited in place. Saving checks every changed value first and saves none while one is out
 * of range, naming each setting refused (the catalogue does the checking).
 */
@Named
@ViewScoped
public class EditSettings implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One setting on the page; {@code value} is what the administrator typed. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String group;
        private final String label;
        private final String unit;
        private final int defaultValue;
        private final int min;
        private final int max;
        private final int current;
        private final String changedNote;
        private Integer value;

        Row(SettingsCatalogue.Entry entry, Locale locale) {
            SettingDefinition d = entry.definition();
            this.key = d.key();
            this.group = d.group().in(locale);
            this.label = d.label().in(locale);
            this.unit = d.unit().in(locale);
            this.defaultValue = d.defaultValue();
            this.min = d.min();
            this.max = d.max();
            this.current = entry.value();
            this.changedNote = entry.changed() ? entry.changedBy() + " " + WHEN.format(entry.changedAt()) : null;
            this.value = entry.value();
        }

        public String getKey() {
            return key;
        }

        public String getGroup() {
            return group;
        }

        public String getLabel() {
            return label;
        }

        public String getUnit() {
            return unit;
        }

        public int getDefaultValue() {
            return defaultValue;
        }

        public int getMin() {
            return min;
        }

        public int getMax() {
            return max;
        }

        public String getChangedNote() {
            return changedNote;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }

        boolean edited() {
            return value != null && !Objects.equals(value, current);
        }
    }

    @Inject
    private SettingsCatalogue catalogue;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    @Inject
    private LocaleSwitch localeSwitch;

    private List<Row> rows;

    @PostConstruct
    void start() {
        load();
    }

    private void load() {
        Locale locale = localeSwitch.getLocale();
        rows = catalogue.entries(webCaller.get()).stream().map(e -> new Row(e, locale)).toList();
    }

    /** Saves every changed value, or none when one is out of range. */
    public void save() {
        List<Row> edited = rows.stream().filter(Row::edited).toList();
        if (edited.isEmpty()) {
            messages.info(null, messages.text("settings.nothingChanged"));
            return;
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        edited.forEach(row -> values.put(row.key, row.value));
        try {
            catalogue.changeAll(webCaller.get(), values);
            messages.info(null, messages.text("settings.saved", edited.size()));
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> messages.error(null, p.message()));
            messages.error(null, messages.text("settings.noneSaved"));
            return;
        } catch (NotPermittedException e) {
            messages.error(null, e.getMessage());
            return;
        }
        load();
    }

    public List<Row> getRows() {
        return rows;
    }
}
