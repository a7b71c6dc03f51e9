package org.xinfang.web.interfaces.web.reception;

import java.io.Serializable;
import org.xinfang.core.application.reception.PetitionerInput;

/** Who applies and what about, as a form on a page: the fields an application asks of the petitioner. */
public class PetitionerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String petitionerName;
    private String phone;
    private String email;
    private String matter;
    private Integer headCount = 1;

    /** The input the form describes; an empty head count is none, which the rules refuse by name. */
    public PetitionerInput toInput() {
        return new PetitionerInput(petitionerName, matter, phone, email, headCount == null ? 0 : headCount);
    }

    public String getPetitionerName() {
        return petitionerName;
    }

    public void setPetitionerName(String petitionerName) {
        this.petitionerName = petitionerName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public Integer getHeadCount() {
        return headCount;
    }

    public void setHeadCount(Integer headCount) {
        this.headCount = headCount;
    }
}
