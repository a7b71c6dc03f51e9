package org.xinfang.plugins.discipline.recusal;

import java.util.List;
import org.xinfang.api.port.Organisation;

/**
 * Someone who might be put on a report: a signed-in user (with the units they hold roles in) or a
 * member of the joint-investigation pool (with the committee they come from).
 *
 * @param username null for a pool member without an account
 */
public record Person(String name, String username, List<Organisation.Unit> units) {

    public Person {
        units = List.copyOf(units);
    }
}
