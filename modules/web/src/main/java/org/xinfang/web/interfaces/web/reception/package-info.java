/** The reception pages: the unit's rota and bookings for staff, the published rota for everyone. */
package org.xinfang.web.interfaces.web.reception;
