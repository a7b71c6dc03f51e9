/**
 * A case's documents: attachments with their checks and limits, and the numbered written notices issued as PDF.
 */
package org.xinfang.core.application.documents;
