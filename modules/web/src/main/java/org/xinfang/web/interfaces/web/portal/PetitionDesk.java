package org.xinfang.web.interfaces.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.PublicCaseForm;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.portal.PhoneCodes;
import org.xinfang.core.application.portal.Portal;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.kernel.Guesses;
import org.primefaces.model.StreamedContent;
import org.xinfang.web.interfaces.SameAtOnce;
import org.xinfang.web.interfaces.web.Downloads;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.PublicVisitor;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.Uploads;
import org.xinfang.web.interfaces.web.cases.ProblemTargets;

/**
 * Bringing a matter online (网上信访), without signing in: the unit, the matter, the unit's plugin part
 * of the form, who brings it (nobody, when the plugin allows an anonymous matter and it is chosen), and
 * the receipt with its query code. The view keeps one random submission key, so a second tap or a
 * resent form is told the matter the first one registered (ADR 0038); the code stays in this view and
 * never in an address.
 */
@Named
@ViewScoped
public class PetitionDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The representatives a collective matter names at most (信访工作条例 第十八条). */
    public static final int MAX_REPRESENTATIVES = 5;

    private static final Pattern PARTY_FIELD = Pattern.compile("parties\\[(\\d+)]\\.(\\w+)");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A representative's row on the page. */
    public static final class RepresentativeRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String phone;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    @Inject
    private Portal portal;

    @Inject
    private PhoneCodes phoneCodes;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private Labels labels;

    @Inject
    private UiMessages messages;

    private transient List<Portal.OpenUnit> units;
    private Long unitId;
    private String subject;
    private String content;
    private String category;
    private Integer headCount = 1;
    private String name;
    private String phone;
    private String idNumber;
    private String address;
    private String email;
    private String phoneCode;
    private final List<RepresentativeRow> representatives = new ArrayList<>();
    // The plugin's form entity is not Serializable; the view state stays on the server (as on the registration page).
    private transient CaseFormData form;
    // A part of the request, read in the request that submits (the view keeps none between requests).
    private transient Part file;
    private String submissionKey;
    private Portal.Submitted submitted;

    @PostConstruct
    void start() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        submissionKey = HexFormat.of().formatHex(key);
    }

    /** The unit changed: its plugin's public form replaces the previous one. */
    public void unitChanged() {
        form = plugin().map(p -> p.caseForm().newForm()).orElse(null);
    }

    public void addRepresentative() {
        if (representatives.size() < MAX_REPRESENTATIVES) {
            representatives.add(new RepresentativeRow());
        }
    }

    public void removeRepresentative(int index) {
        if (index >= 0 && index < representatives.size()) {
            representatives.remove(index);
        }
    }

    /** Brings the matter; the same view submitting again is told the same matter, never a second one. */
    public void submit() {
        List<Portal.Representative> named = representatives.stream()
                .filter(r -> !isBlank(r.getName()) || !isBlank(r.getPhone()))
                .map(r -> new Portal.Representative(r.getName(), r.getPhone())).toList();
        Portal.Petition petition = new Portal.Petition(unitId, subject, content, category, anonymous() ? null : name,
                anonymous() ? null : phone, anonymous() ? null : idNumber, anonymous() ? null : address, anonymous() ? null : email,
                headCount == null ? 1 : headCount, named, Optional.ofNullable(Uploads.evidence(file)).map(List::of).orElse(List.of()));
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            submitted = SameAtOnce.answer(() -> portal.submit(petition, form, submissionKey, phoneCode, faces.getViewRoot().getLocale()));
        } catch (InvalidInputException refused) {
            // The file's refusal (AttachmentRefusedException) too: the page has one file, files[0].
            ProblemTargets targets = new ProblemTargets(faces, "petition");
            refused.problems().forEach(p -> messages.error(targets.clientIdOf(pageField(p.field())), p.message()));
            if (file != null && file.getSize() > 0 && refused.problems().stream().noneMatch(p -> String.valueOf(p.field()).startsWith("files["))) {
                // A browser never sends a chosen file twice: say so, rather than let it drop silently.
                messages.error("petition:file", messages.text("portal.petition.fileAgain"));
            }
            faces.validationFailed();
        } catch (IllegalTransitionException broughtAlready) {
            messages.error(null, broughtAlready.getMessage());
            faces.validationFailed();
        }
    }

    /** The service's name of a field as this page names its input: the petitioner is party 0, the representatives follow. */
    private static String pageField(String field) {
        if (field.startsWith("files[")) {
            return "file";
        }
        if (field.equals("representatives")) {
            // "more people than the head count" is answered where the count is typed.
            return "headCount";
        }
        Matcher party = PARTY_FIELD.matcher(field);
        if (!party.matches()) {
            return field;
        }
        int index = Integer.parseInt(party.group(1));
        return index == 0 ? party.group(2) : "representatives:" + (index - 1) + ":representative" + capitalised(party.group(2));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The receipt's PDF (网上信访回执). */
    public StreamedContent getReceiptPdf() {
        return submitted == null ? null : Downloads.pdf(portal.receiptPdf(submitted), submitted.caseNumber() + ".pdf");
    }

    /** Has a code texted to the phone typed (where the portal confirms phones). */
    public void sendCode() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            phoneCodes.send(phone, PublicVisitor.address(),
                    faces.getViewRoot().getLocale());
            messages.info("petition:phoneCode", messages.text("portal.petition.codeSent"));
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> messages.error("petition:phone", p.message()));
        } catch (IllegalTransitionException | Guesses.TooMany refused) {
            messages.error("petition:phone", refused.getMessage());
        }
    }

    /** Whether this portal confirms a signed matter's phone by a texted code (a gateway is configured). */
    public boolean isPhoneCodeRequired() {
        return phoneCodes.required();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhoneCode() {
        return phoneCode;
    }

    public void setPhoneCode(String phoneCode) {
        this.phoneCode = phoneCode;
    }

    /** Starts a new matter in a new view (a new submission key). */
    public String another() {
        return "/public/petition.xhtml?faces-redirect=true";
    }

    /** Whether the matter as chosen so far is anonymous: then nobody's name or phone is asked. */
    public boolean anonymous() {
        return form != null && plugin().map(p -> p.anonymous(form)).orElse(false);
    }

    public boolean isAnonymous() {
        return anonymous();
    }

    /** Whether the chosen unit's plugin allows an anonymous matter at all (the page explains where the choice is). */
    private Optional<AgencyPlugin> plugin() {
        return selectedUnit().flatMap(u -> plugins.find(u.agencyType()));
    }

    private Optional<Portal.OpenUnit> selectedUnit() {
        return getUnits().stream().filter(u -> unitId != null && u.id() == unitId).findFirst();
    }

    /** The plugin's public fragment for the chosen unit, or null (a petition bureau asks nothing more). */
    public String getFormEditor() {
        return form == null ? null : selectedUnit().flatMap(Portal.OpenUnit::form).map(PublicCaseForm::editor).orElse(null);
    }

    public String getAgencyLabel() {
        return selectedUnit().map(u -> labels.agency(u.agencyType())).orElse("");
    }

    public List<Portal.OpenUnit> getUnits() {
        if (units == null) {
            units = portal.openUnits();
        }
        return units;
    }

    public List<String> getCategories() {
        return labels.categories("");
    }

    public boolean isSubmitted() {
        return submitted != null;
    }

    /** The receipt of the matter submitted in this view (the page's {@code isSubmitted} is a yes-or-no of its own). */
    public Portal.Submitted getReceipt() {
        return submitted;
    }

    public boolean isMayAddRepresentative() {
        return representatives.size() < MAX_REPRESENTATIVES;
    }

    public List<RepresentativeRow> getRepresentatives() {
        return representatives;
    }

    public CaseFormData getForm() {
        return form;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getHeadCount() {
        return headCount;
    }

    public void setHeadCount(Integer headCount) {
        this.headCount = headCount;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
