/**
 * The core's side of the plugin ports of {@code org.xinfang.api.port}: each adapter hands a plugin
 * what the core's own use cases would, scoped to the caller, and no core type crosses over.
 */
package org.xinfang.core.application.ports;
