/**
 * Contract checks every plugin runs in its own build, so that a broken plugin fails there and not at
 * the server's start.
 *
 * <p>Each class here is an abstract JUnit 5 test class that carries one group of checks once; a
 * plugin's test class extends it, names the plugin under test and adds only what is its own (its
 * sample form, its field rules, its procedure's particular steps):
 * <ul>
 *   <li>{@link org.xinfang.plugin.testkit.PluginDeclarationContract}: the declarations the core's
 *       registry checks at start (id, roles, procedures, migrations, pages, ServiceLoader);</li>
 *   <li>{@link org.xinfang.plugin.testkit.PluginPagesContract}: the Facelets fragments and the message
 *       bundles (well-formed, prefixed ids, no missing text, Chinese first);</li>
 *   <li>{@link org.xinfang.plugin.testkit.PluginSchemaContract}: the migration on H2 in MySQL mode,
 *       Hibernate's validation of the entities, a form's round trip and its foreign key;</li>
 *   <li>{@link org.xinfang.plugin.testkit.CaseFormValidationContract}: a Bean Validation harness for
 *       the form's constraints and their Chinese messages.</li>
 * </ul>
 *
 * <p>The module is a test-scope dependency of the plugins and is never packed into the EAR.
 */
package org.xinfang.plugin.testkit;
