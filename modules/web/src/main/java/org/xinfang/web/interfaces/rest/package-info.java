/**
 * The REST API under {@code /api/v1}: resources that read a request as JSON, call the core use cases
 * with the request's {@link org.xinfang.api.caller.Caller} (so every answer is scoped to the
 * caller's unit subtree) and answer in JSON, errors included ({@link org.xinfang.web.interfaces.rest.errors.ApiError}).
 * Request bodies are read field by field rather than bound, so a wrong type is reported naming its field.
 */
package org.xinfang.web.interfaces.rest;
