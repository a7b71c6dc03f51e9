/** Backing beans of the administrator's pages (served under /app/admin, which needs ADMIN). */
package org.xinfang.web.interfaces.web.admin;
