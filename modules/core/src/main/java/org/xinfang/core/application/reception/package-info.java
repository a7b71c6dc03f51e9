/**
 * Leaders' reception: the rota and its sessions, bookings and applications, reception records, visits, reminders and 包案 ownerships.
 */
package org.xinfang.core.application.reception;
