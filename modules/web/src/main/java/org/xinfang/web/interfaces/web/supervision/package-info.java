/** Supervision pages: the case page's 督办 panel, the inbox, the listed board and the followed referrals. */
package org.xinfang.web.interfaces.web.supervision;
