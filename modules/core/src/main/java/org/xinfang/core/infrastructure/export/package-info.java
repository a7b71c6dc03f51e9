/** Excel workbooks with Apache POI, for the Spreadsheets port. */
package org.xinfang.core.infrastructure.export;
