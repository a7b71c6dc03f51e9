package org.xinfang.plugins.court;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.xinfang.api.plugin.PluginLabels;

/**
 * The court's labels under the names its page fragments use: the stage menu, the label of a stored
 * stage, and (inherited) yes/no and {@code #{courtLabels.msg['court.form.stage']}}.
 */
@Named("courtLabels")
@ApplicationScoped
public class CourtLabels extends PluginLabels {

    public CourtLabels() {
        super(CourtPlugin.ID, CourtPlugin.BUNDLE);
    }

    CourtLabels(Supplier<Locale> currentLocale) {
        super(CourtPlugin.ID, CourtPlugin.BUNDLE, currentLocale);
    }

    /** {@code #{courtLabels.stages}}: the items of the stage menu. */
    public List<SelectItem> getStages() {
        return options(CourtStage.values());
    }

    public List<SelectItem> stagesIn(Locale locale) {
        return options(CourtStage.values(), locale);
    }

    /** {@code #{courtLabels.stageLabel(form.stage)}}. */
    public String stageLabel(CourtStage stage) {
        return label(stage);
    }

    /** {@code #{courtLabels.markers(form)}}: the reception-day markers a matter carries, or 无. */
    public String markers(CourtCaseForm form) {
        List<String> markers = form.markerKeys().stream().map(getMsg()::getString).toList();
        return markers.isEmpty() ? getMsg().getString("court.form.markers.none") : joined(markers);
    }

    /** {@code #{courtLabels.joined(item.markers())}}: labels in one line, 越级访、重复访 or "Bypassed a level, Repeat visit". */
    public String joined(List<String> labels) {
        return String.join(getMsg().getString("court.form.markers.separator"), labels);
    }
}
