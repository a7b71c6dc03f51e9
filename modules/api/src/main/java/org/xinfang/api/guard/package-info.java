/** Guards shared by the core and the plugins against those who keep guessing. */
package org.xinfang.api.guard;
