/**
 * Use cases, one package per area (cases, procedure, documents, reception, calendar, settings,
 * plugins) over a small shared kernel (the caller, audit, messages, errors, field checks). Each
 * service method is one transaction, checks who may do it, scopes every query to the caller's unit
 * subtree, and writes an audit event for every change.
 */
package org.xinfang.core.application;
