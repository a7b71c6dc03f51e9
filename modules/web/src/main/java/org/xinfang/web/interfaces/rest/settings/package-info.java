/**
 * REST resources for the administrator's settings.
 */
package org.xinfang.web.interfaces.rest.settings;
