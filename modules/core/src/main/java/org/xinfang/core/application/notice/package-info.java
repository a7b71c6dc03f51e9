/** Written notices: the facts a notice states, and the port that renders them as PDF. */
package org.xinfang.core.application.notice;
