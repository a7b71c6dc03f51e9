/** Value types and enumerations that core and plugins share (channels, party roles, labels). */
package org.xinfang.api.model;
