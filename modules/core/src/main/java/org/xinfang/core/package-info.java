/**
 * The xinfang core: cases, parties, users and the organisation tree, the plugin registry, and the
 * persistence and migrations under them. Layers follow Cargo Tracker: {@code domain} (entities and
 * repository interfaces), {@code application} (use cases, transactions, security checks),
 * {@code infrastructure} (JPA, migrations, plugin discovery, passwords).
 */
package org.xinfang.core;
