/**
 * Settings an administrator may change per unit (time limits, upload sizes, reminders), with their definitions and defaults.
 */
package org.xinfang.core.application.settings;
