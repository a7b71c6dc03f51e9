/**
 * Documents the application produces: the written notices as PDF, set in the CJK font bundled under
 * {@code fonts/} and embedded as a subset, so they read the same on any machine.
 */
package org.xinfang.core.infrastructure.documents;
