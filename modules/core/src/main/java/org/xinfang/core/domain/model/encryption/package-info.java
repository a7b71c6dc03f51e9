/**
 * Identity and phone numbers encrypted at rest: what the domain needs of it (encrypt, decrypt, a
 * keyed hash to match on) as a port, the JPA converter that applies it to a column, and the one
 * normalisation matching uses. The cipher and its key live in {@code infrastructure.identity}; no
 * entity knows a key (docs/adr/0017). Not to be confused with sealing (who may see an identity,
 * {@code domain.model.identity}): encryption keeps the numbers out of the database file for everyone.
 */
package org.xinfang.core.domain.model.encryption;
