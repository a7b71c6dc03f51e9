package org.xinfang.core.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.domain.model.encryption.EncryptedColumn;

/**
 * A person or unit in a case: who brought it (信访人), who speaks for a collective visit (代表), or
 * whom it is about (被反映人). Identity and phone numbers are shown masked everywhere, and stored
 * encrypted with a match key beside each, which repeat detection compares (docs/adr/0017).
 */
@Entity
@Table(name = "party")
public class Party {

    /** The word before a sealed party's letter: 举报人A. */
    public static final String PSEUDONYM_WORD = "举报人";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private Case caseFile;

    @NotNull(message = "{party.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false, length = 16)
    private PartyRole role;

    @NotBlank(message = "{party.name.required}")
    @Size(max = 100, message = "{party.name.size}")
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** 18-character resident identity number (GB 11643); the check character may be written x. */
    @ResidentIdNumber(message = "{party.idNumber.pattern}")
    @Convert(converter = EncryptedColumn.class)
    @Column(name = "id_number", length = 100)
    private String idNumber;

    @PhoneNumber(message = "{party.phone.pattern}")
    @Convert(converter = EncryptedColumn.class)
    @Column(name = "phone", length = 100)
    private String phone;

    /** The identity number's match key (see {@link MatchKeys}): equal for the same number however written. */
    @Column(name = "id_number_key", length = 64)
    private String idNumberKey;

    /** The phone's match key: equal for the same digits. */
    @Column(name = "phone_key", length = 64)
    private String phoneKey;

    @Size(max = 200, message = "{party.address.size}")
    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    /** The letter of its pseudonym (A → 举报人A) when its identity is sealed; null when it is not. */
    @Column(name = "sealed_as", length = 8)
    private String sealedAs;

    public Party() {
    }

    public Party(PartyRole role, String name, String idNumber, String phone, String address) {
        this.role = role;
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.address = address;
    }

    void attachTo(Case caseFile, int ordinal) {
        this.caseFile = caseFile;
        this.ordinal = ordinal;
    }

    /** The match keys follow the numbers; kept at the entity so that no way of saving a party can skip them. */
    @PrePersist
    @PreUpdate
    void refreshMatchKeys() {
        idNumberKey = MatchKeys.ofIdNumber(idNumber);
        phoneKey = MatchKeys.ofPhone(phone);
    }

    /** Seals this party's identity under the pseudonym letter {@code letter}; once, at registration. */
    void sealAs(String letter) {
        this.sealedAs = letter;
    }

    /** True when only the identity keeper may see who this is. */
    public boolean isSealed() {
        return sealedAs != null;
    }

    /**
     * 举报人A: what everyone sees instead of a sealed party's name, the same on every page, answer,
     * notice and log line (and in every language, so that stored texts and live pages agree); null
     * when the identity is not sealed.
     */
    public String getPseudonym() {
        return sealedAs == null ? null : PSEUDONYM_WORD + sealedAs;
    }

    /** The pseudonym's letter (A, B, …), or null when the identity is not sealed. */
    public String getSealedAs() {
        return sealedAs;
    }

    /** 110105********1234: the first six and last four digits, as notices and lists show it. */
    public String getMaskedIdNumber() {
        return Masking.mask(idNumber, 6, 4);
    }

    /** 138****5678. */
    public String getMaskedPhone() {
        return Masking.mask(phone, 3, 4);
    }

    public Long getId() {
        return id;
    }

    public PartyRole getRole() {
        return role;
    }

    public void setRole(PartyRole role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getIdNumberKey() {
        return idNumberKey;
    }

    public String getPhoneKey() {
        return phoneKey;
    }

    public int getOrdinal() {
        return ordinal;
    }
}
