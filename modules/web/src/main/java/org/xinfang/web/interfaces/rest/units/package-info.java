/** The organisation tree as the administrator runs it over the API: units created, renamed, moved. */
package org.xinfang.web.interfaces.rest.units;
