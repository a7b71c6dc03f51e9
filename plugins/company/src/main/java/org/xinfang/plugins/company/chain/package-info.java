/**
 * The chain of responsibility of a company matter (第一责任人, 直接责任人, 具体责任人) after registration:
 * the use case that changes it, its REST resource and its panel on the case page.
 */
package org.xinfang.plugins.company.chain;
