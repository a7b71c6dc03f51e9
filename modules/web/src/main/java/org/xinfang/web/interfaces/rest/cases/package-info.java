/**
 * REST resources for cases: register, list and search, read and correct.
 */
package org.xinfang.web.interfaces.rest.cases;
