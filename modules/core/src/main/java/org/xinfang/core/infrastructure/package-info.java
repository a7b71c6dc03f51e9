/** Technical parts: JPA repositories, schema migrations, plugin discovery and password hashing. */
package org.xinfang.core.infrastructure;
