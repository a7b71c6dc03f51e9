package org.xinfang.core.domain.model.reception;

/** A booking holds a place until it is cancelled, or until the leader receives the petitioner (HELD). */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    HELD
}
