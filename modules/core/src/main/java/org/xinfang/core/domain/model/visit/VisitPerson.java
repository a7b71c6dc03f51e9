package org.xinfang.core.domain.model.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.xinfang.core.domain.model.cases.Masking;
import org.xinfang.core.domain.model.cases.PhoneNumber;
import org.xinfang.core.domain.model.cases.ResidentIdNumber;
import org.xinfang.core.domain.model.encryption.EncryptedColumn;

/**
 * One person who came to a visit: a name, and optionally a phone and an identity number (both shown
 * masked, stored encrypted: docs/adr/0017).
 */
@Embeddable
public class VisitPerson {

    @NotBlank(message = "{reception.field.required}")
    @Size(max = 100, message = "{reception.field.tooLong}")
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @PhoneNumber(message = "{reception.phone.invalid}")
    @Convert(converter = EncryptedColumn.class)
    @Column(name = "phone", length = 100)
    private String phone;

    @ResidentIdNumber(message = "{visit.idNumber.invalid}")
    @Convert(converter = EncryptedColumn.class)
    @Column(name = "id_number", length = 100)
    private String idNumber;

    protected VisitPerson() {
    }

    public VisitPerson(String name, String phone, String idNumber) {
        this.name = name;
        this.phone = blankToNull(phone);
        this.idNumber = blankToNull(idNumber);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getMaskedPhone() {
        return phone == null ? null : Masking.mask(phone, 3, 4);
    }

    public String getMaskedIdNumber() {
        return idNumber == null ? null : Masking.mask(idNumber, 6, 4);
    }
}
