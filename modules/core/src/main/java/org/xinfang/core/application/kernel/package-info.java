/**
 * The shared kernel of the use cases: who the caller is and which units they may see, the audit trail, messages, field checks, the server's secret keys and the errors every area raises.
 */
package org.xinfang.core.application.kernel;
