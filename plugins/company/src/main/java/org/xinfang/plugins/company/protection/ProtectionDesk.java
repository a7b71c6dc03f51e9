package org.xinfang.plugins.company.protection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.xinfang.api.port.Callers;

/** The desk's page of follow-up checks due and overdue on the matters the caller is the company's desk or leader of. */
@Named
@RequestScoped
public class ProtectionDesk {

    @Inject
    Callers callers;

    @Inject
    Protections protections;

    private List<DueCheck> due;

    public List<DueCheck> getDue() {
        if (due == null) {
            due = protections.due(callers.current());
        }
        return due;
    }
}
