/** Prevention's repositories in JPA: risk assessments, mediations of cases, analysis meetings and their decisions. */
package org.xinfang.core.infrastructure.persistence.prevention;
