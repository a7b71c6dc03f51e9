/**
 * REST resources for leaders' reception: the rota, bookings, applications (public and desk), reception records and 包案.
 */
package org.xinfang.web.interfaces.rest.reception;
