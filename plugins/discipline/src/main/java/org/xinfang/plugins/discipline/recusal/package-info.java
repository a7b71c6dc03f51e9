/**
 * Recusal (回避): nobody from the accused's unit, nor the accused, handles, verifies or joins the team
 * of a report about them. The rule ({@link org.xinfang.plugins.discipline.recusal.RecusalRule}) is
 * plain code so every door that puts a person on a report — assigning a handler or an investigator,
 * a joint-investigation team taking the case, a member joining such a team — asks the same question
 * through {@link org.xinfang.plugins.discipline.recusal.Recusals}; declared conflicts are recorded
 * and count as grounds too.
 */
package org.xinfang.plugins.discipline.recusal;
