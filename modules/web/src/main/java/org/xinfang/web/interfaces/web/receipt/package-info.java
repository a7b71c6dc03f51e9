/**
 * Pages of the receipt codes (ADR 0019): the receipt panel of a case's page, and the public page
 * {@code /public/receipt.xhtml} where, without signing in, a code reads the answers and adds material.
 */
package org.xinfang.web.interfaces.web.receipt;
