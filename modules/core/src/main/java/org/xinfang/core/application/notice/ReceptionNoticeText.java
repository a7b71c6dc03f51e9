package org.xinfang.core.application.notice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The wording of the written reception notice (接访通知书) a petitioner receives when the application
 * is booked on a session: when, where, who receives, what to bring, and that a collective visit sends
 * at most five representatives. Set as PDF by the same renderer as the case notices.
 */
public final class ReceptionNoticeText {

    /** The notice's title. */
    public static final String TITLE = "接访通知书";

    private static final String WEEKDAYS = "一二三四五六日";

    /**
     * Everything the notice says.
     *
     * @param number     the application's number, which the notice carries
     * @param appliedOn  the day the application was registered
     * @param leader     the receiving leader's title and name, e.g. 副区长张明
     */
    public record Facts(String unitName, String sealText, String number, LocalDate issuedOn, String petitionerName,
                        LocalDate appliedOn, String matter, LocalDate date, LocalTime startsAt, LocalTime endsAt, String place,
                        String leader, int headCount) {
    }

    private ReceptionNoticeText() {
    }

    /** The notice's wording. */
    public static NoticeText of(Facts f) {
        List<String> body = new ArrayList<>();
        String matter = f.matter() == null || f.matter().isBlank() ? "" : "（反映事项：" + NoticeTexts.sentence(f.matter().strip())
                .replaceAll("。$", "") + "）";
        body.add("您于" + NoticeTexts.date(f.appliedOn()) + "提出的领导接访申请" + matter + "，已安排如下：");
        body.add("接待时间：" + NoticeTexts.date(f.date()) + "（星期" + WEEKDAYS.charAt(f.date().getDayOfWeek().getValue() - 1) + "）"
                + f.startsAt() + "至" + f.endsAt() + "。");
        body.add("接待地点：" + f.place().strip() + "。");
        body.add("接待领导：" + f.leader().strip() + "。");
        body.add("请携带本人身份证件、本通知书及与反映事项有关的材料，按时到达。本次登记来访" + f.headCount()
                + "人；集体反映的，请推选不超过5名代表参加。");
        body.add("如不能按时参加，请提前与本机关联系。特此通知。");
        String seal = f.sealText() == null || f.sealText().isBlank() ? f.unitName().strip() : f.sealText().strip();
        return new NoticeText(f.unitName().strip(), TITLE, f.number(), f.petitionerName().strip(), body,
                NoticeTexts.chineseDate(f.issuedOn()), seal);
    }
}
