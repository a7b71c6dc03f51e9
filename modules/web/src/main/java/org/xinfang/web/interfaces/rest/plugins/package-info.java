/**
 * REST resources describing the installed agency plugins and their forms.
 */
package org.xinfang.web.interfaces.rest.plugins;
