/**
 * The registry of agency plugins: discovering them, checking their declarations, and what each contributes.
 */
package org.xinfang.core.application.plugins;
