/** The domain model: entities, value objects and repository interfaces; nothing but JPA and Bean Validation. */
package org.xinfang.core.domain;
