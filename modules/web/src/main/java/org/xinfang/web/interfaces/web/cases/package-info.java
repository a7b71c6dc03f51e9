/** Backing beans of the case pages: list, register, view. Named after the use case, view scoped. */
package org.xinfang.web.interfaces.web.cases;
