/**
 * 首问负责 (first-asked responsibility): whoever in the bureau first received a matter is recorded with
 * it and stays answerable — they see it among their matters and hear of its deadlines after it has
 * moved on to a section, a body below or another body.
 */
package org.xinfang.plugins.personnel.firstreceiver;
