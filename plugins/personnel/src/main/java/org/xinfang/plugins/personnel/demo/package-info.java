/**
 * The demo bureau's last year (seed 003: 99 letters, 18 visits, 答复率 100%, 办结率 over 90%), replayed
 * through the ports as the bureau's staff would and given its past, for the quarterly analysis to show.
 */
package org.xinfang.plugins.personnel.demo;
