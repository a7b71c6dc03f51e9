/**
 * The contract between the xinfang core and its agency plugins, and the value types both sides share.
 * A plugin compiles against this module only.
 */
package org.xinfang.api;
