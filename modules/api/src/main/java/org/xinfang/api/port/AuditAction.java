package org.xinfang.api.port;

/**
 * A kind of audited change. The core's are an enum; a plugin declares its own enum implementing this,
 * with codes prefixed by its id ({@code DISCIPLINE_…}) and labels in its message bundle under
 * {@code audit.action.<code>}.
 */
public interface AuditAction {

    /** The stored code, upper case, at most 64 characters. */
    String code();
}
