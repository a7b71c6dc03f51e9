/**
 * The web layer: Faces views and their backing beans ({@code interfaces.web}), the REST API
 * ({@code interfaces.rest}), and who the caller is ({@code security}).
 */
package org.xinfang.web;
