package org.xinfang.plugins.discipline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.xinfang.api.plugin.PluginLabels;

/**
 * The discipline plugin's labels under the names its page fragments use: the category and rank
 * menus, the labels of stored values, and (inherited) yes/no and
 * {@code #{disciplineLabels.msg['discipline.form.category']}}.
 */
@Named("disciplineLabels")
@ApplicationScoped
public class DisciplineLabels extends PluginLabels {

    public DisciplineLabels() {
        super(DisciplinePlugin.ID, DisciplinePlugin.BUNDLE);
    }

    DisciplineLabels(Supplier<Locale> currentLocale) {
        super(DisciplinePlugin.ID, DisciplinePlugin.BUNDLE, currentLocale);
    }

    /** {@code #{disciplineLabels.categories}}: 检举/控告/申诉. */
    public List<SelectItem> getCategories() {
        return options(ReportCategory.values());
    }

    /** {@code #{disciplineLabels.ranks}}: the subject's rank. */
    public List<SelectItem> getRanks() {
        return options(SubjectRank.values());
    }

    /** {@code #{disciplineLabels.categoryLabel(form.category)}}. */
    public String categoryLabel(ReportCategory category) {
        return label(category);
    }

    /** {@code #{disciplineLabels.rankLabel(form.subjectRank)}}. */
    public String rankLabel(SubjectRank rank) {
        return label(rank);
    }
}
