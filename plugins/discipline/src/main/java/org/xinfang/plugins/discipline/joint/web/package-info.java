/**
 * The joint investigation's pages: thin {@code @ViewScoped} beans named after what the user does
 * there — the desk of the register (screening, the 拟办单, the monthly returns) and the year's
 * figures — calling the same use cases as the API, refusals shown as messages.
 */
package org.xinfang.plugins.discipline.joint.web;
