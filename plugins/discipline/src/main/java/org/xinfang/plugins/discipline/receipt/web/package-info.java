/**
 * The receipts' doors: the committee's API and case-page panel (give the code once, answer the
 * reporter, see what passed), and the reporter's public API and page, open without sign-in, where a
 * code reads the answers and adds evidence. The public API lives under
 * {@code /api/v1/discipline/public/}, which the core leaves open for an installed plugin.
 */
package org.xinfang.plugins.discipline.receipt.web;
