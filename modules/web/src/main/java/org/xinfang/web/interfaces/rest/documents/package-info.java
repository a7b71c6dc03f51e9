/**
 * REST resources for a case's attachments and written notices.
 */
package org.xinfang.web.interfaces.rest.documents;
