/**
 * The demo committee's year of joint investigations, seeded by the plugin itself after the core has
 * seeded the demo city: the seed's county year (12 important reports found, 5 repeats, 9 about unit
 * heads; 9 selected over 3 teams; 4 立案, 3 信访结案, 2 still in verification; 83,000 yuan recovered)
 * replayed through the same use cases the office, the leaders and the teams use.
 */
package org.xinfang.plugins.discipline.joint.demo;
