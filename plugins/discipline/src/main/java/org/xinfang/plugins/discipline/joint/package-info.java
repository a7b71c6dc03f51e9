/**
 * Joint investigations (联查), as the county committee of seed 003 ran them: the committee's office and
 * the lower committees screen for important reports (at a concentrated round and every month), each
 * candidate is checked against the eight categories, the office proposes it on a 拟办单 that a leader
 * approves, standing teams drawn from an approved pool take the selected cases across regions — never
 * their own members' — and record plan, findings, outcome and the money recovered; the year's figures
 * follow from those records. This package is the model; use cases are in {@code application}.
 */
package org.xinfang.plugins.discipline.joint;
