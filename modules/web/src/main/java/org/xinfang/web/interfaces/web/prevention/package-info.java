/** Prevention pages: the risk assessments of projects, the analysis meetings and the case page's mediation panel. */
package org.xinfang.web.interfaces.web.prevention;
