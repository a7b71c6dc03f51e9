/**
 * 院长接待日: the matters marked 越级访, 重复访 or 上访老户 on each Friday's agenda, the vice-president in
 * charge of each division (a court leaders' setting), and the record of each reception held.
 */
package org.xinfang.plugins.court.reception;
