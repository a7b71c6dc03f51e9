/**
 * Pages about sealed identities: the reveal log a leader reads. The keeper's reveal itself is a
 * dialog of the case page ({@code web.cases.CaseView}).
 */
package org.xinfang.web.interfaces.web.identity;
