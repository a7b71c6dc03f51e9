/** What the bureau's features share: refusals in the API's error shape, and the audit actions. */
package org.xinfang.plugins.personnel.kernel;
