/**
 * The joint investigation's REST resources under {@code /api/v1/discipline/joint/…}, served by the
 * core's one API application (same authentication, same error shape, same OpenAPI document). Bodies
 * are read field by field with {@link org.xinfang.plugins.discipline.kernel.Input}; answers are the
 * records of {@link org.xinfang.plugins.discipline.joint.rest.JointViews}.
 */
package org.xinfang.plugins.discipline.joint.rest;
