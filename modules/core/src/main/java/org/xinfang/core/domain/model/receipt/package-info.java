/**
 * A case's receipt (which case a code's hash opens, the unit holding it, whether it is closed) and the
 * messages that passed through it: the unit's written answers and the material the holder added.
 */
package org.xinfang.core.domain.model.receipt;
