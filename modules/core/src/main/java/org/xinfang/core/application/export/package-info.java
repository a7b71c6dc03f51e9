/** Excel exports of the lists and ledgers, each scoped to what the caller may see and titled with their units and the period. */
package org.xinfang.core.application.export;
