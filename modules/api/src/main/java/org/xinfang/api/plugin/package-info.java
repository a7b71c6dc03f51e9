/**
 * The plugin contract. An agency type (court, discipline inspection, personnel bureau, company) ships
 * as one {@link org.xinfang.api.plugin.AgencyPlugin}: a small descriptor with a stable id, found at
 * start through {@link java.util.ServiceLoader}, initialised, then cross-checked by the core's
 * registry before the application serves anything.
 */
package org.xinfang.api.plugin;
