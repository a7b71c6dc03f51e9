/**
 * What the committee's own use cases share, whatever their area (joint investigations, recusal, and
 * the others to come): a refusal with its message in the caller's language and the field at fault,
 * its answer in the API's one error shape, and the plugin's message bundle.
 */
package org.xinfang.plugins.discipline.kernel;
