/**
 * What happens to a case, and to the organisation tree it lives in, as the core announces it with CDI
 * events, fired synchronously inside the transaction of the change: an observer's work commits or
 * rolls back with it, and an observer that fails refuses the change. Observe with {@code @Observes} (or {@code during = AFTER_SUCCESS} for work
 * that must only follow a committed change, such as mail).
 */
package org.xinfang.api.event;
