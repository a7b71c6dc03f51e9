/**
 * The audit log's proof: verification that streams every event and checkpoint and names the first bad
 * one, checkpoints that seal every chain's head, and the schedule's and administrator's access to both.
 * Appending events is the kernel's {@code AuditLog}.
 */
package org.xinfang.core.application.audit;
