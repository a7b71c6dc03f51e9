package org.xinfang.plugins.company.chain;

import org.xinfang.plugins.company.CompanyCaseForm;

/** The four names of a matter's chain of responsibility, as typed (blank: none). */
public record Chain(String firstResponsible, String directResponsible, String specificResponsible, String specificResponsibleSecond) {

    static Chain of(CompanyCaseForm form) {
        return new Chain(form.getFirstResponsible(), form.getDirectResponsible(), form.getSpecificResponsible(),
                form.getSpecificResponsibleSecond());
    }

    /** Writes the names onto {@code form} (which trims them and takes blank for none). */
    void applyTo(CompanyCaseForm form) {
        form.setFirstResponsible(firstResponsible);
        form.setDirectResponsible(directResponsible);
        form.setSpecificResponsible(specificResponsible);
        form.setSpecificResponsibleSecond(specificResponsibleSecond);
    }
}
