package org.xinfang.core.domain.model.reception;

/** A booking holds a place until it is cancelled. */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED
}
