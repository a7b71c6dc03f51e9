/** The home page (工作台): the signed-in user's day, panel by panel. */
package org.xinfang.web.interfaces.web.home;
