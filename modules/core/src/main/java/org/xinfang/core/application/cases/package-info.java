/**
 * Registering, reading, correcting and searching cases, always scoped to the caller's units; case numbers and the plugin forms a case carries.
 */
package org.xinfang.core.application.cases;
