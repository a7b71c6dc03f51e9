package org.xinfang.plugins.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.xinfang.api.plugin.PluginLabels;

/**
 * The company plugin's labels under the names its page fragments use: the complaint-type menu, the
 * label of a stored type, and (inherited) yes/no and
 * {@code #{companyLabels.msg['company.form.complaintType']}}.
 */
@Named("companyLabels")
@ApplicationScoped
public class CompanyLabels extends PluginLabels {

    public CompanyLabels() {
        super(CompanyPlugin.ID, CompanyPlugin.BUNDLE);
    }

    CompanyLabels(Supplier<Locale> currentLocale) {
        super(CompanyPlugin.ID, CompanyPlugin.BUNDLE, currentLocale);
    }

    /** {@code #{companyLabels.complaintTypes}}. */
    public List<SelectItem> getComplaintTypes() {
        return options(ComplaintType.values());
    }

    /** {@code #{companyLabels.complaintTypeLabel(form.complaintType)}}. */
    public String complaintTypeLabel(ComplaintType type) {
        return label(type);
    }
}
