/**
 * The signed-in user's day (工作台): what is due, overdue or waiting for them, the orders and messages
 * addressed to them, today's receptions, the zero report, and for leaders their 包案, their units'
 * overdue matters and the figures — gathered from the other areas' scoped reads, a few queries a page.
 */
package org.xinfang.core.application.agenda;
