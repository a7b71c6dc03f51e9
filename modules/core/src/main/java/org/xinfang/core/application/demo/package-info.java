/**
 * Demo data for the embedded default: an organisation tree of one city, a user per role per unit,
 * and sample cases drawn from real situations; loaded on the first start when
 * {@code xinfang.demo-data} is true.
 */
package org.xinfang.core.application.demo;
