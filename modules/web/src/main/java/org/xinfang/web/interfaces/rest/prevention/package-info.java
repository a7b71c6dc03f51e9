/** Prevention at the source over HTTP: risk assessments of projects, mediation of cases, analysis meetings and their decisions. */
package org.xinfang.web.interfaces.rest.prevention;
