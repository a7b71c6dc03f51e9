/**
 * The petition portal (网上信访, ADR 0038): a member of the public brings a matter to a unit without
 * signing in, is given a query code, and with it (and the phone, for a signed matter) follows the matter,
 * fetches its notices — which serves them — rates the answer, asks for review and adds material. Every
 * step goes through the core's own use cases and procedure engine, in the name of the petitioner.
 */
package org.xinfang.core.application.portal;
