/**
 * Identity and phone numbers kept protected at rest: what the domain needs of it (encrypt, decrypt,
 * a keyed hash to match on) as a port, the JPA converter that applies it to a column, and the one
 * normalisation both matching and hashing use. The cipher and its key live in
 * {@code infrastructure.identity}; no entity knows a key.
 */
package org.xinfang.core.domain.model.identity;
