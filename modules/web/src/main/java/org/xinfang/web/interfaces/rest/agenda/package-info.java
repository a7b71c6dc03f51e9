/** The caller's day (工作台) over the API: {@code GET /api/v1/me/agenda}, the home page's panels as JSON. */
package org.xinfang.web.interfaces.rest.agenda;
