package org.xinfang.core.domain.model.numbering;

import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * The running numbers of a unit and year: case numbers and each kind of notice. Two people taking a
 * number at once get two numbers, in the order they committed.
 */
public interface NumberSeries {

    /** The series of case numbers. */
    String CASES = "case";

    /** The next number of {@code series} in {@code unit} for {@code year}, starting at 1, under a row lock. */
    int next(OrgUnit unit, int year, String series);
}
