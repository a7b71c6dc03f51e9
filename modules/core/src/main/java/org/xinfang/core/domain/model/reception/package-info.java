/**
 * Leaders' reception (接访): the rota a unit publishes (rules that expand into dated slots on working
 * days) and the appointments petitioners book on those slots. Pure rules here; the use cases that
 * lock, save and audit are in {@code org.xinfang.core.application.reception.Reception}.
 */
package org.xinfang.core.domain.model.reception;
