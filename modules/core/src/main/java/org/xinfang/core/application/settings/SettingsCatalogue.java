package org.xinfang.core.application.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.setting.Setting;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/**
 * Every setting an administrator may change, gathered from all {@link SettingDefinitions}
 * contributors, with the value in force. Changing one goes through here so that the range and the
 * message name the setting; the value itself is kept by {@link Settings}.
 */
@ApplicationScoped
public class SettingsCatalogue {

    private static final Logger LOG = Logger.getLogger(SettingsCatalogue.class.getName());

    /** A setting as the administrator sees it: what it is, and what is in force. */
    public record Entry(SettingDefinition definition, int value, boolean changed, LocalDateTime changedAt, String changedBy) {
    }

    @Inject
    @Any
    private Instance<SettingDefinitions> contributors;

    @Inject
    private Settings settings;

    @Inject
    private InputValidator validator;

    /** Every known setting, the clocks first, each key once (the first contributor to name it wins). */
    public List<SettingDefinition> definitions() {
        Map<String, SettingDefinition> byKey = new LinkedHashMap<>();
        contributors.stream().sorted(Comparator.comparingInt(SettingDefinitions::position)
                        .thenComparing(c -> c.getClass().getName()))
                .flatMap(c -> c.settingDefinitions().stream())
                .forEach(d -> {
                    if (byKey.putIfAbsent(d.key(), d) != null) {
                        LOG.warning(() -> "Setting " + d.key() + " is declared twice; the first declaration is used");
                    }
                });
        return List.copyOf(byKey.values());
    }

    public Optional<SettingDefinition> find(String key) {
        return definitions().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The value in force of a catalogued setting: the administrator's, or its default. */
    public int number(String key) {
        SettingDefinition definition = find(key).orElseThrow(() -> new IllegalArgumentException("No setting " + key));
        return settings.number(key, definition.defaultValue());
    }

    /** The whole catalogue with the values in force; an administrator's view. */
    public List<Entry> entries(Caller caller) {
        NotPermittedException.unlessAdmin(caller, "settings.adminOnly");
        Map<String, Setting> changed = settings.changed();
        return definitions().stream().map(d -> entry(d, changed.get(d.key()))).toList();
    }

    /**
     * Sets {@code key} to {@code value}; an administrator's act, audited.
     *
     * @throws InvalidInputException naming the key when there is no such setting or the value is out of range
     */
    public Entry change(Caller caller, String key, int value) {
        changeAll(caller, Map.of(key, value));
        return entry(find(key).orElseThrow(), settings.changed().get(key));
    }

    /**
     * Sets several settings at once, all or none: every value is checked first, and one refusal
     * saves nothing. Each change is audited.
     *
     * @throws InvalidInputException naming the key of every setting unknown or out of range
     */
    @Transactional
    public void changeAll(Caller caller, Map<String, Integer> values) {
        NotPermittedException.unlessAdmin(caller, "settings.adminOnly");
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, SettingDefinition> known = new LinkedHashMap<>();
        definitions().forEach(d -> known.put(d.key(), d));
        values.forEach((key, value) -> {
            SettingDefinition definition = known.get(key);
            if (definition == null) {
                problems.add(new FieldProblem(String.valueOf(key), Messages.get(caller.locale(), "settings.unknown", key)));
            } else {
                problems.addAll(validator.problems(new SettingValue(definition, value, caller.locale()), key, caller.locale()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        values.forEach((key, value) -> settings.setNumber(caller, key, value));
    }

    private Entry entry(SettingDefinition definition, Setting stored) {
        if (stored == null) {
            return new Entry(definition, definition.defaultValue(), false, null, null);
        }
        return new Entry(definition, settings.number(definition.key(), definition.defaultValue()), true,
                stored.getUpdatedAt(), stored.getUpdatedBy());
    }

}
