package org.xinfang.plugins.court.aid.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.event.DemoSeeded;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.court.CourtPlugin;
import org.xinfang.plugins.court.aid.AidSource;
import org.xinfang.plugins.court.aid.JudicialAid;
import org.xinfang.plugins.court.aid.JudicialAids;

/**
 * The seed's staff donation, replayed once the core has seeded the demo city, as the intermediate
 * court's own people would do it through the judicial-aid use cases: the filing tribunal records 陈某's
 * application for help with housing, the court leader approves 4,500 yuan from the staff's donation
 * (干警捐款), the tribunal pays it and records his receipt. His case itself — decided, and rated
 * 满意 by him — comes from demo/court/cases.json through the core's procedure.
 */
@ApplicationScoped
public class StaffDonationDemo {

    /** The demo's intermediate court (青州市中级人民法院) in the demo files. */
    static final String COURT = "zy";
    /** The subject of 陈某's case in demo/court/cases.json. */
    static final String SUBJECT = "上访老户陈某反映生活困难、无房居住，请求法院帮助解决";

    private static final Logger LOG = Logger.getLogger(StaffDonationDemo.class.getName());

    @Inject
    private JudicialAids aids;

    @Inject
    private CaseReader cases;

    @Inject
    private Organisation organisation;

    @Inject
    private Clock clock;

    void onDemoSeeded(@Observes DemoSeeded seeded) {
        Long courtId = seeded.unitIds().get(COURT);
        if (courtId == null) {
            return;
        }
        Organisation.Unit court = organisation.unit(courtId).orElseThrow();
        Caller reception = staff(court, CourtPlugin.ROLE_RECEPTION);
        Caller leader = staff(court, CourtPlugin.ROLE_LEADER);
        CaseFacts chen = cases.ofAgency(leader, CourtPlugin.ID, 1000).stream().filter(c -> SUBJECT.equals(c.subject())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo case '" + SUBJECT + "' of demo/court/cases.json was not seeded"));
        LocalDate today = LocalDate.now(clock);
        BigDecimal donation = new BigDecimal("4500.00");
        JudicialAid aid = aids.apply(reception, chen.id(), new JudicialAids.Application("陈某",
                "租住房屋到期后无房居住，本人无固定收入，生活困难，请求帮助解决住房问题。", donation, today.minusDays(40)));
        aid = aids.decide(leader, chen.id(), aid.getId(), aid.getVersion(), new JudicialAids.Decision(true, AidSource.STAFF_DONATION,
                donation, today.minusDays(38), "院党组号召全院干警为其捐款，帮助解决住房问题。"));
        aid = aids.pay(reception, chen.id(), aid.getId(), aid.getVersion(),
                new JudicialAids.Payment(today.minusDays(35), donation, reception.displayName(), null));
        aids.acknowledge(reception, chen.id(), aid.getId(), aid.getVersion(), new JudicialAids.Receipt(today.minusDays(35),
                "陈某当面签收捐款4500元，表示以后不再上访。", null));
        LOG.info("Demo judicial aid: 4500 yuan staff donation to 陈某, received");
    }

    /** The demo user holding {@code role} in the court ({@code zy.court_reception}), as the seeded city names them. */
    private Caller staff(Organisation.Unit unit, String role) {
        Organisation.Member member = organisation.members(unit.id(), role).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo user holds " + role + " in " + unit.code()));
        return new Caller(member.username(), member.displayName(),
                List.of(new Caller.Grant(role, unit.id(), unit.path(), unit.agencyType())), Locale.SIMPLIFIED_CHINESE);
    }
}
