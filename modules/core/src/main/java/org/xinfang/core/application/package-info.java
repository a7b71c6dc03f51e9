/**
 * Use cases: each service method is one transaction, checks who may do it, scopes every query to
 * the caller's unit subtree, and writes an audit event for every change.
 */
package org.xinfang.core.application;
