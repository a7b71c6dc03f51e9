package org.xinfang.plugins.court.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.api.port.Callers;
import org.xinfang.api.port.Organisation;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.kernel.Texts;
import org.xinfang.plugins.court.reception.DivisionLeader;
import org.xinfang.plugins.court.reception.ReceptionDay;

/**
 * The president's reception day page (reception-day.xhtml): the marked matters for a Friday with the
 * vice-president in charge of each one's division, and — for a court's leaders — the setting of who
 * is in charge of which division.
 */
@Named
@ViewScoped
public class ReceptionDayPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Callers callers;

    @Inject
    ReceptionDay receptionDay;

    @Inject
    Organisation organisation;

    private LocalDate day;
    private List<ReceptionDay.Item> items = List.of();
    private List<DivisionLeader> divisions = List.of();
    private List<Organisation.Unit> courts = List.of();
    private Long courtUnitId;
    private String tribunal;
    private String vicePresident;

    @PostConstruct
    void open() {
        day = receptionDay.next();
        courts = receptionDay.courtsLedBy(callers.current());
        courtUnitId = courts.isEmpty() ? null : courts.get(0).id();
        show();
    }

    /** Lists the matters for {@link #day}; a day that is not a Friday is refused at the field. */
    public void show() {
        try {
            items = receptionDay.agenda(callers.current(), day);
        } catch (Refusal refused) {
            items = List.of();
            FacesContext.getCurrentInstance().addMessage("court_day_form",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
        divisions = receptionDay.divisions(callers.current());
    }

    public void setDivision() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            receptionDay.setDivisionLeader(callers.current(), courtUnitId, tribunal, vicePresident);
        } catch (Refusal refused) {
            (refused.fields().isEmpty() ? List.of(new Refusal.Field("", refused.getMessage())) : refused.fields())
                    .forEach(f -> faces.addMessage("court_division_form", new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null)));
            faces.validationFailed();
            return;
        }
        faces.addMessage("court_division_form", new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.get(callers.current().locale(), "court.division.saved"), null));
        tribunal = null;
        show();
    }

    /** The leaders of the chosen court, from whom a vice-president in charge is chosen. */
    public List<Organisation.Member> getLeaders() {
        return courtUnitId == null ? List.of() : receptionDay.leadersOf(courtUnitId);
    }

    public String courtName(long unitId) {
        return organisation.unit(unitId).map(Organisation.Unit::name).orElse(String.valueOf(unitId));
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<ReceptionDay.Item> getItems() {
        return items;
    }

    public List<DivisionLeader> getDivisions() {
        return divisions;
    }

    public List<Organisation.Unit> getCourts() {
        return courts;
    }

    public Long getCourtUnitId() {
        return courtUnitId;
    }

    public void setCourtUnitId(Long courtUnitId) {
        this.courtUnitId = courtUnitId;
    }

    public String getTribunal() {
        return tribunal;
    }

    public void setTribunal(String tribunal) {
        this.tribunal = tribunal;
    }

    public String getVicePresident() {
        return vicePresident;
    }

    public void setVicePresident(String vicePresident) {
        this.vicePresident = vicePresident;
    }
}
