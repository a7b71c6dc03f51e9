package org.xinfang.web.interfaces.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.supervision.OrderInput;
import org.xinfang.core.application.supervision.Referrals;
import org.xinfang.core.application.supervision.Referrals.ReferralView;
import org.xinfang.core.application.supervision.SupervisionOrders;
import org.xinfang.core.application.supervision.SupervisionOrders.OrderView;
import org.xinfang.core.domain.model.supervision.OrderKind;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The 督办 panel of the case page: the case's orders (催办, 督办, 挂牌督办) with their letters, answers
 * and closure, its referrals with the report-back and filing, and — for a unit above — the form to
 * give an order. The page hands the case's id in ({@code <ui:param name="caseId">}).
 */
@Named("caseSupervision")
@ViewScoped
public class SupervisionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SupervisionOrders orders;

    @Inject
    private transient Referrals referrals;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    private Long caseId;
    private transient List<OrderView> orderRows;
    private transient List<ReferralView> referralRows;
    private transient List<OrgUnit> issuers;

    private OrderKind kind = OrderKind.SUPERVISION;
    private String reason;
    private LocalDate dueOn;
    private Long issuingUnitId;

    /** What is typed in each order's row (its answer or closing note), by order id. */
    private final Map<Long, String> orderTexts = new HashMap<>();
    /** What is typed in each referral's row (its report, filing note or reasons), by referral id. */
    private final Map<Long, String> referralTexts = new HashMap<>();
    /** The new report-back date of a referral returned for more work, by referral id. */
    private final Map<Long, LocalDate> dates = new HashMap<>();

    public List<OrderView> getOrders() {
        if (orderRows == null) {
            try {
                orderRows = caseId == null ? List.of() : orders.of(webCaller.get(), caseId);
            } catch (CaseNotFoundException notVisible) {
                orderRows = List.of();
            }
        }
        return orderRows;
    }

    public List<ReferralView> getReferrals() {
        if (referralRows == null) {
            try {
                referralRows = caseId == null ? List.of() : referrals.of(webCaller.get(), caseId);
            } catch (CaseNotFoundException notVisible) {
                referralRows = List.of();
            }
        }
        return referralRows;
    }

    /** The caller's units that may give an order on this case (empty: the form is not shown). */
    public List<OrgUnit> getIssuers() {
        if (issuers == null) {
            try {
                issuers = caseId == null ? List.of() : orders.issuersFor(webCaller.get(), caseId, OrderKind.SUPERVISION);
            } catch (CaseNotFoundException notVisible) {
                issuers = List.of();
            }
        }
        return issuers;
    }

    public List<OrderKind> getKinds() {
        return List.of(OrderKind.SUPERVISION, OrderKind.LISTED);
    }

    public void issue() {
        act(() -> {
            var given = orders.issue(webCaller.get(), caseId, new OrderInput(kind, reason, dueOn, issuingUnitId));
            messages.info(null, messages.text("supervision.issued", given.getNumber(), given.getDueOn()));
            reason = null;
            dueOn = null;
        });
    }

    public void answer(Long orderId) {
        act(() -> {
            orders.answer(webCaller.get(), orderId, orderTexts.get(orderId));
            messages.info(null, messages.text("supervision.answeredNow"));
            orderTexts.remove(orderId);
        });
    }

    public void close(Long orderId) {
        act(() -> {
            orders.close(webCaller.get(), orderId, orderTexts.get(orderId));
            messages.info(null, messages.text("supervision.closedNow"));
            orderTexts.remove(orderId);
        });
    }

    public void report(Long referralId) {
        act("referral.field.", () -> {
            referrals.report(webCaller.get(), referralId, referralTexts.get(referralId));
            messages.info(null, messages.text("referral.reportedNow"));
            referralTexts.remove(referralId);
        });
    }

    public void file(Long referralId) {
        act("referral.field.", () -> {
            referrals.file(webCaller.get(), referralId, referralTexts.get(referralId));
            messages.info(null, messages.text("referral.filedNow"));
            referralTexts.remove(referralId);
        });
    }

    public void giveBack(Long referralId) {
        act("referral.field.", () -> {
            referrals.returnForWork(webCaller.get(), referralId, referralTexts.get(referralId), dates.get(referralId));
            messages.info(null, messages.text("referral.returnedNow"));
            referralTexts.remove(referralId);
            dates.remove(referralId);
        });
    }

    private void act(Runnable action) {
        act("supervision.field.", action);
    }

    /** Runs an action; a refusal is shown, naming the field by its label under {@code labels}; the lists are read again either way. */
    private void act(String labels, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(p -> messages.error(null, messages.textOr(labels + p.field(), p.field()) + "：" + p.message()));
        } catch (NotPermittedException | IllegalTransitionException | CaseNotFoundException refused) {
            messages.error(null, refused.getMessage());
        }
        orderRows = null;
        referralRows = null;
        issuers = null;
    }

    public Map<Long, String> getOrderTexts() {
        return orderTexts;
    }

    public Map<Long, String> getReferralTexts() {
        return referralTexts;
    }

    public Map<Long, LocalDate> getDates() {
        return dates;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        if (caseId != null && !caseId.equals(this.caseId)) {
            orderRows = null;
            referralRows = null;
            issuers = null;
        }
        this.caseId = caseId;
    }

    public OrderKind getKind() {
        return kind;
    }

    public void setKind(OrderKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getIssuingUnitId() {
        return issuingUnitId;
    }

    public void setIssuingUnitId(Long issuingUnitId) {
        this.issuingUnitId = issuingUnitId;
    }
}
