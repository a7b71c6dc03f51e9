/**
 * The Faces user interface: the page shell (language, signed-in user, menu), label and message
 * helpers, and the backing beans of each area ({@code cases}, {@code admin}). Beans call the core's
 * services with the caller of the request; they decide nothing the services do not check again.
 */
package org.xinfang.web.interfaces.web;
