/**
 * REST resources for the work calendar.
 */
package org.xinfang.web.interfaces.rest.calendar;
