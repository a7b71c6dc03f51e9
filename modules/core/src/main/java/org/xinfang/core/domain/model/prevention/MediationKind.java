package org.xinfang.core.domain.model.prevention;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** The three kinds of mediation that work together (三调联动). */
public enum MediationKind implements Labelled {
    PEOPLE("人民调解", "People's mediation"),
    ADMINISTRATIVE("行政调解", "Administrative mediation"),
    JUDICIAL("司法调解", "Judicial mediation");

    private final LocalizedText label;

    MediationKind(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
