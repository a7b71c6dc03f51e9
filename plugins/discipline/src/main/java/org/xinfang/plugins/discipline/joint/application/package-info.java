/**
 * The joint investigation's use cases, each a CDI bean taking the caller first and reaching the core
 * only through the ports: {@link org.xinfang.plugins.discipline.joint.application.Screening} (the
 * register and the monthly returns), {@link org.xinfang.plugins.discipline.joint.application.Selection}
 * (the 拟办单), {@link org.xinfang.plugins.discipline.joint.application.Teams} (pool and teams),
 * {@link org.xinfang.plugins.discipline.joint.application.Investigations} (the work and its outcome),
 * {@link org.xinfang.plugins.discipline.joint.application.JointFigures} (the year's figures and their
 * workbook). Every read is scoped to the committees the caller works in; every change is audited.
 */
package org.xinfang.plugins.discipline.joint.application;
