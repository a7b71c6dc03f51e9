/**
 * Sealed identities (ADR 0015): which parties of a case are sealed, what everyone sees of them (a
 * pseudonym, 举报人A), and the one way to see more — a reveal by the identity keeper of the unit
 * holding the case, with a reason, logged. Every surface (pages, API answers, lists, notices, the
 * audit trail, attachments) shows parties and free text through {@link
 * org.xinfang.core.application.identity.IdentityDisclosure} and nothing else.
 */
package org.xinfang.core.application.identity;
