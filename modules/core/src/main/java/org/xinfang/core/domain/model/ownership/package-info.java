/**
 * 包案: a leader taking personal charge of a case until it is settled.
 */
package org.xinfang.core.domain.model.ownership;
