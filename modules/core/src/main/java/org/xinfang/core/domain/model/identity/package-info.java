/**
 * Sealed identities: the log of every reveal of a sealed party's identity (who, when, why, which
 * case, what was shown). Which parties are sealed is kept on the case itself
 * ({@code Party.sealedAs}, {@code Case.identityHolder}); see docs/adr/0015.
 */
package org.xinfang.core.domain.model.identity;
