/**
 * Ports: the narrow doors through which a plugin's own use cases reach the core — who the caller is,
 * a case the caller may see, taking a step, issuing a document, the organisation, the audit trail.
 * The core implements each one (CDI beans); a plugin injects the interface and never a core class.
 */
package org.xinfang.api.port;
