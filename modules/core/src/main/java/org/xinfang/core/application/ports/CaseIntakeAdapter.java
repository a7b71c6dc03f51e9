package org.xinfang.core.application.ports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.port.CaseIntake;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.domain.model.cases.Case;

/** Registration for plugins: the registration page's own use case, with a draft made of what the plugin gives. */
@ApplicationScoped
public class CaseIntakeAdapter implements CaseIntake {

    @Inject
    private CaseService cases;

    @Override
    @Transactional
    public long register(Caller caller, long unitId, Registration registration, CaseFormData form) {
        Case draft = new Case();
        draft.setChannel(registration.channel());
        draft.setSubject(registration.subject());
        draft.setContent(registration.content());
        draft.setCategory(registration.category());
        draft.setReceivedOn(registration.receivedOn());
        draft.setHeadCount(registration.headCount());
        for (CaseIntake.Party p : registration.parties()) {
            draft.addParty(new org.xinfang.core.domain.model.cases.Party(p.role(), p.name(), p.idNumber(), p.phone(), p.address()));
        }
        return cases.register(caller, unitId, draft, form).caseFile().getId();
    }
}
