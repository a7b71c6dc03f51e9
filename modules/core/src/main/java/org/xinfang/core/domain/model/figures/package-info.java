/**
 * The figures leaders are judged by (及时受理率, 按期办结率, 参评率, 满意率 …), counted from what happened to each
 * matter: {@link org.xinfang.core.domain.model.figures.MatterFacts} is one row per matter derived from its steps,
 * notices and clocks, never typed in; {@link org.xinfang.core.domain.model.figures.Rate} names each rate and what
 * it divides.
 */
package org.xinfang.core.domain.model.figures;
