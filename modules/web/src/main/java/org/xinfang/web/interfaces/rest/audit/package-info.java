/**
 * REST resources for the audit log's proof: verification and checkpoints (administrator).
 */
package org.xinfang.web.interfaces.rest.audit;
