/** What the pages and the REST API share at the edge: how a stored document leaves the server. */
package org.xinfang.web.interfaces;
