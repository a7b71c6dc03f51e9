/**
 * REST resources for a case's procedure: the steps it may take and taking them.
 */
package org.xinfang.web.interfaces.rest.procedure;
