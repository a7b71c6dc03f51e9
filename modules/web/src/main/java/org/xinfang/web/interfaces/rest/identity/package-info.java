/**
 * REST resources for sealed identities: the keeper's reveal of a case's sealed parties, and the
 * reveal log its leaders read. What everyone else sees is decided in
 * {@link org.xinfang.core.application.identity.IdentityDisclosure}.
 */
package org.xinfang.web.interfaces.rest.identity;
