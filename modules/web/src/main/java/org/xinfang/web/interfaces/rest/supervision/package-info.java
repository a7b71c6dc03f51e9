/** Supervision over HTTP: orders (督办) and their answers, referrals and their report-back, the inbox. */
package org.xinfang.web.interfaces.rest.supervision;
