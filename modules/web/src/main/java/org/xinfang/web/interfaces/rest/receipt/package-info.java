/**
 * The receipts' doors in the API (ADR 0019): the unit's side (give the code once, answer in writing,
 * see what passed) under {@code /api/v1/cases/{id}/receipt}, and the reporter's public side under
 * {@code /api/v1/public/receipts/}, open without sign-in, where a code reads the answers and adds material.
 */
package org.xinfang.web.interfaces.rest.receipt;
