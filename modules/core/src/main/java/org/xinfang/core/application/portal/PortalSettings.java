package org.xinfang.core.application.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.settings.SettingDefinitions;
import org.xinfang.core.domain.model.setting.SettingDefinition;

/** The portal's settings in the administrator's catalogue: whether fetching a notice serves it, whether phones are confirmed by SMS, how long a rating stays open. */
@ApplicationScoped
public class PortalSettings implements SettingDefinitions {

    /** 1: a notice fetched on the portal counts as served then, and the review window runs from that day; 0: it does not. */
    public static final String ONLINE_SERVICE = "portal.onlineService";
    public static final int DEFAULT_ONLINE_SERVICE = 1;

    /** Days after the decision's service in which the petitioner may rate it on the portal. */
    public static final String RATING_DAYS = "portal.ratingDays";
    public static final int DEFAULT_RATING_DAYS = 30;

    /** 1: where an SMS gateway is configured, a signed matter confirms its phone by a code; 0: the phone is taken as given. */
    public static final String VERIFY_PHONE = "portal.verifyPhone";
    public static final int DEFAULT_VERIFY_PHONE = 1;

    private static final LocalizedText GROUP = LocalizedText.of("网上信访", "Petition portal");

    @Override
    public List<SettingDefinition> settingDefinitions() {
        return List.of(
                new SettingDefinition(ONLINE_SERVICE, GROUP, LocalizedText.of("网上获取文书视为送达（1 是，0 否）", "A notice fetched online is served (1 yes, 0 no)"),
                        LocalizedText.of("", ""), DEFAULT_ONLINE_SERVICE, 0, 1),
                new SettingDefinition(VERIFY_PHONE, GROUP, LocalizedText.of("已接入短信时，实名信访须短信验证手机号码（1 是，0 否）",
                        "Where SMS is configured, a signed matter confirms its phone by a code (1 yes, 0 no)"),
                        LocalizedText.of("", ""), DEFAULT_VERIFY_PHONE, 0, 1),
                new SettingDefinition(RATING_DAYS, GROUP, LocalizedText.of("送达处理意见后可评价", "Rating open after the decision is served"),
                        LocalizedText.of("天", "days"), DEFAULT_RATING_DAYS, 1, 365));
    }

    @Override
    public int position() {
        return 15;
    }
}
