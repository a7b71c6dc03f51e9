/** 复查听证: the review hearings of a matter under review, scheduled and then recorded as held. */
package org.xinfang.plugins.court.hearing;
