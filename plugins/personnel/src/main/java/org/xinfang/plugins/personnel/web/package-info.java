/** The bureau's own pages: the quarterly analysis, the matters one first received, and the first receiver on the case page. */
package org.xinfang.plugins.personnel.web;
