/**
 * Receipt codes (回执码, ADR 0019): the one way back for someone who raised a matter without leaving a
 * name — for the cases whose plugin offers them ({@code AgencyPlugin.issuesReceipts}). The code (100
 * random bits, kept only as a keyed hash), the key, the throttle on guesses, and the use cases of both
 * sides: the unit gives the code once and answers in writing; the holder reads and adds material.
 */
package org.xinfang.core.application.receipt;
