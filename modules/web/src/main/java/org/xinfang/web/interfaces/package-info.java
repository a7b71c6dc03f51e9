/**
 * What the pages and the REST API share at the edge: how a stored document leaves the server, and
 * who the caller is for a plugin's pages and resources alike.
 */
package org.xinfang.web.interfaces;
