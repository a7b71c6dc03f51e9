package org.xinfang.web.interfaces.web.supervision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.xinfang.core.application.supervision.Referrals;
import org.xinfang.core.application.supervision.SupervisionOrders;
import org.xinfang.web.interfaces.web.WebCaller;

/** The organisation's board of listed orders (挂牌督办) and the matters the user's units sent on (交办跟踪). */
@Named("supervisionBoards")
@RequestScoped
public class SupervisionBoards {

    @Inject
    private SupervisionOrders orders;

    @Inject
    private Referrals referrals;

    @Inject
    private WebCaller webCaller;

    private List<SupervisionOrders.Listed> listed;
    private List<Referrals.Followed> followed;

    public List<SupervisionOrders.Listed> getListed() {
        if (listed == null) {
            listed = orders.listedBoard();
        }
        return listed;
    }

    public List<Referrals.Followed> getFollowed() {
        if (followed == null) {
            followed = referrals.followedBy(webCaller.get());
        }
        return followed;
    }
}
