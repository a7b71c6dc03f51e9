/**
 * Reports about a body's own head (反映本机关主要负责人): they go sealed to the next discipline
 * commission up the agency line, and the plugin refuses any move that would hand one to a unit of
 * another agency, such as the petition bureau the committee hangs under.
 */
package org.xinfang.plugins.discipline.upward;
