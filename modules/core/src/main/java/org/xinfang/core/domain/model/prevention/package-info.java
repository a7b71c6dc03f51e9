/**
 * Prevention at the source (源头预防, seed 001): the petition-risk assessment of a major project before
 * it starts (信访稳定风险评估) with its follow-up, the referral of a case to mediation (人民调解、行政调解、
 * 司法调解 — 三调联动, 访调对接) with its outcome, and the monthly analysis meeting (信访形势分析研判例会)
 * with the matters it reviewed and the decisions it took.
 */
package org.xinfang.core.domain.model.prevention;
