/**
 * Reception records: a leader's meeting with the people who came (约访, 下访, 回访), what was done and how satisfied they were.
 */
package org.xinfang.core.domain.model.visit;
