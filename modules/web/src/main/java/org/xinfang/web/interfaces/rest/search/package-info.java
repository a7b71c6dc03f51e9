/**
 * REST resources for the full-text search's index: its state and a rebuild (administrator).
 */
package org.xinfang.web.interfaces.rest.search;
