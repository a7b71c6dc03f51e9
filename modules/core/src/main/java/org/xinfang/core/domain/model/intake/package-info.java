/** Orders other systems hand over (the 12345 hotline, leaders' mailboxes), by their own references. */
package org.xinfang.core.domain.model.intake;
