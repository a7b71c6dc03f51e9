/**
 * The identity key and what is done with it: AES-GCM for identity and phone numbers at rest, an
 * HMAC-SHA256 match key beside each, the key read from the server's configuration (never the
 * database), and the migration that encrypted the rows written before (docs/adr/0017).
 */
package org.xinfang.core.infrastructure.identity;
