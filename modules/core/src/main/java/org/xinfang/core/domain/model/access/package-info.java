/** How API clients get in without sending a password each call: tokens. */
package org.xinfang.core.domain.model.access;
