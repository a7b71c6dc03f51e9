/**
 * The organisation tree as the administrator runs it: units created, renamed and moved with their
 * whole subtree, each change audited; a move announces the rewritten paths to the plugins.
 */
package org.xinfang.core.application.units;
