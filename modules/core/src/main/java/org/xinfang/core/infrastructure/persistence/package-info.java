/**
 * The repositories of the domain in JPA, one per aggregate ({@code Jpa…Repository}) and the number
 * series; the only place besides migrations that writes queries. Scoping that a repository's
 * interface promises (cases by the caller's units) is in the query itself.
 */
package org.xinfang.core.infrastructure.persistence;
