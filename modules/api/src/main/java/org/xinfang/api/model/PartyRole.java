package org.xinfang.api.model;

/** The part a person or unit plays in a case. */
public enum PartyRole implements Labelled {
    PETITIONER("信访人", "Petitioner"),
    REPRESENTATIVE("代表", "Representative"),
    SUBJECT("被反映人", "Subject of the report");

    private final LocalizedText label;

    PartyRole(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
