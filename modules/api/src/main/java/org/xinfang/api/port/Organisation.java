package org.xinfang.api.port;

import java.util.List;
import java.util.Optional;

/** The organisation tree and who holds which role, read-only. */
public interface Organisation {

    /** A unit: {@code path} is its materialised path, {@code parentId} null at the root. */
    record Unit(long id, String code, String name, String shortName, String agencyType, String path, Long parentId) {

        public boolean contains(Unit other) {
            return other.path().startsWith(path);
        }
    }

    /** A user holding {@code role} in {@code unitId}. */
    record Member(String username, String displayName, String role, long unitId) {
    }

    Optional<Unit> unit(long unitId);

    Optional<Unit> unitByCode(String code);

    /** The units directly below. */
    List<Unit> children(long unitId);

    /** Every unit of an agency type, in tree order. */
    List<Unit> ofAgency(String agencyType);

    /** The users holding a role in a unit (or any role when {@code role} is null). */
    List<Member> members(long unitId, String role);

    /** Every unit a user holds a role in. */
    List<Member> grantsOf(String username);
}
