/**
 * How every refusal and failure becomes one JSON error body with the right HTTP status.
 */
package org.xinfang.web.interfaces.rest.errors;
