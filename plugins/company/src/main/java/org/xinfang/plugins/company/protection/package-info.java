/**
 * Protection of a complainant from retaliation (打击报复): the flag on a company matter, the follow-up
 * checks on how the company treats the complainant since (after 3 and 6 months, settings), the desk's
 * list of checks due, its REST resource and its panel on the case page. It records only the company's
 * own checks on pay, post, assessment and treatment: nothing about the complainant's whereabouts or doings.
 */
package org.xinfang.plugins.company.protection;
