package org.xinfang.api.port;

import java.time.LocalDate;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.CaseFormData;

/**
 * Registering a matter from a plugin's own use case (a bureau's demo year), through the same use case
 * and checks as the registration page: numbering, validation, repeat detection, sealing, audit.
 */
public interface CaseIntake {

    /** A party as the registration page takes it; numbers and address may be null. */
    record Party(PartyRole role, String name, String idNumber, String phone, String address) {
    }

    /** The matter as registered; {@code category} is the core's classification (e.g. 人事人才). */
    record Registration(Channel channel, String subject, String content, String category, LocalDate receivedOn, int headCount,
                        List<Party> parties) {

        public Registration {
            parties = List.copyOf(parties);
        }
    }

    /**
     * Registers the matter in {@code unitId} as the caller, with the plugin's {@code form} (of the unit's
     * agency); refused as the registration page refuses, nothing saved. Returns the case's id.
     */
    long register(Caller caller, long unitId, Registration registration, CaseFormData form);
}
