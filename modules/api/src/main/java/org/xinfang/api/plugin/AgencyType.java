package org.xinfang.api.plugin;

import java.util.List;
import java.util.Objects;
import org.xinfang.api.model.LocalizedText;

/** An agency type (法院、纪委监委、人事局、企业): the id its units carry, its labels and its roles. */
public record AgencyType(String id, LocalizedText label, List<RoleDeclaration> roles) {

    public AgencyType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        roles = List.copyOf(roles);
    }
}
