/** 原审案号: the matters about one lawsuit, found by its case number, as far as the caller sees them. */
package org.xinfang.plugins.court.lawsuit;
