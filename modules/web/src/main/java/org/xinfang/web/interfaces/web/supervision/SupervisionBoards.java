package org.xinfang.web.interfaces.web.supervision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.core.application.supervision.Referrals;
import org.xinfang.core.application.supervision.SupervisionOrders;
import org.xinfang.web.interfaces.web.Downloads;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The organisation's board of listed orders (挂牌督办), the orders given by or to the user's units (督办事项)
 * and the matters they sent on (交办跟踪), with their Excel exports.
 */
@Named("supervisionBoards")
@RequestScoped
public class SupervisionBoards {

    @Inject
    private SupervisionOrders orders;

    @Inject
    private Referrals referrals;

    @Inject
    private WebCaller webCaller;

    @Inject
    private ListExports exports;

    private List<SupervisionOrders.Listed> listed;
    private List<SupervisionOrders.Listed> ofUnits;
    private List<Referrals.Followed> followed;

    public List<SupervisionOrders.Listed> getListed() {
        if (listed == null) {
            listed = orders.listedBoard(webCaller.get());
        }
        return listed;
    }

    public List<SupervisionOrders.Listed> getOrders() {
        if (ofUnits == null) {
            ofUnits = orders.ofUnits(webCaller.get());
        }
        return ofUnits;
    }

    public StreamedContent exportOrders() {
        return Downloads.xlsx(exports.orders(webCaller.get()), exports.fileName("supervision-orders"));
    }

    public StreamedContent exportOwnerships() {
        return Downloads.xlsx(exports.ownerships(webCaller.get()), exports.fileName("ownerships"));
    }

    public StreamedContent exportFollowed() {
        return Downloads.xlsx(exports.followed(webCaller.get()), exports.fileName("followed"));
    }

    public List<Referrals.Followed> getFollowed() {
        if (followed == null) {
            followed = referrals.followedBy(webCaller.get());
        }
        return followed;
    }
}
