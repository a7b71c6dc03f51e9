/**
 * The web layer: Faces views and their backing beans ({@code interfaces.web}) and the REST API
 * ({@code interfaces.rest}); each knows its caller through its own request-scoped holder (WebCaller,
 * ApiCaller), which differ in where the caller's language comes from.
 */
package org.xinfang.web;
