package org.xinfang.core.domain.model.audit;

/** A chain's head row as stored: its last event (null while empty) and that event's hash. */
public record ChainHead(int chainNo, Long lastEventId, String lastHash) {
}
