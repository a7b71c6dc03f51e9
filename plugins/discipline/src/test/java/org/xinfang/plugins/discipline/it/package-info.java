/**
 * The committee's joint investigations and recusal against the running server (Arquillian, run by the
 * ear from this plugin's test jar): over the REST API as the demo city's users, and in a real browser.
 * Tests that change anything work in the year before the demo year, so that the demo year's figures
 * stay exactly the seed's.
 */
package org.xinfang.plugins.discipline.it;
