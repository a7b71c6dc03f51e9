/**
 * What the court's own use cases share: refusals in the API's one error shape, request bodies read
 * field by field, the plugin's texts in the caller's language, its audit actions and who may do what.
 */
package org.xinfang.plugins.court.kernel;
