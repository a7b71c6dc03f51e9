/** Access for API clients: tokens that spare a password check per call. */
package org.xinfang.core.application.access;
