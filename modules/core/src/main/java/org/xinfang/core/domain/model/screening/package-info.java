/**
 * 矛盾纠纷排查台账: each unit screens for disputes at the interval its level keeps (村 twice a month,
 * 乡镇、区、市 monthly), registers every dispute found with the people responsible, a plan and a time
 * limit, and follows it until it is resolved or turned into a case.
 */
package org.xinfang.core.domain.model.screening;
