package org.xinfang.core.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.core.application.plugins.PluginRegistry;

/**
 * The demo city's files: the core's {@code demo/<name>.json}, then each installed plugin's own
 * {@code demo/<plugin id>/<name>.json} from its jar, their arrays joined in that order. A plugin's
 * demo units, cases and rota live in its folder and leave with it.
 */
@ApplicationScoped
public class DemoFiles {

    @Inject
    private PluginRegistry plugins;

    /** The entries of array {@code array} in every {@code <name>.json}: the core's first. */
    public List<JsonObject> items(String name, String array) {
        List<JsonObject> items = new ArrayList<>();
        read("demo/" + name + ".json", DemoFiles.class.getClassLoader(), true)
                .ifPresentOrElse(o -> add(items, o, array), () -> { });
        for (AgencyPlugin plugin : plugins.plugins()) {
            read("demo/" + plugin.id() + "/" + name + ".json", plugin.getClass().getClassLoader(), false)
                    .ifPresent(o -> add(items, o, array));
        }
        return items;
    }

    /** The core's own file, for its settings (the demo password). */
    public JsonObject core(String name) {
        return read("demo/" + name + ".json", DemoFiles.class.getClassLoader(), true).orElseThrow();
    }

    private static void add(List<JsonObject> items, JsonObject file, String array) {
        if (file.containsKey(array)) {
            file.getJsonArray(array).stream().map(JsonValue::asJsonObject).forEach(items::add);
        }
    }

    private static java.util.Optional<JsonObject> read(String resource, ClassLoader loader, boolean required) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("Demo data " + resource + " is missing from the core jar");
                }
                return java.util.Optional.empty();
            }
            try (JsonReader reader = Json.createReader(in)) {
                return java.util.Optional.of(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
