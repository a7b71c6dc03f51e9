package org.xinfang.core.application.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ReceptionNoticeTextTest {

    private static ReceptionNoticeText.Facts facts(String sealText) {
        return new ReceptionNoticeText.Facts("北京市朝阳区信访办公室", sealText, "朝阳访约〔2026〕12号", LocalDate.of(2026, 11, 23), "王喆",
                LocalDate.of(2026, 11, 20), "拖欠工资三个月。", LocalDate.of(2026, 11, 30), LocalTime.of(9, 0), LocalTime.of(11, 30),
                "区信访接待中心一号接待室", "副区长张明", 2);
    }

    @Test
    void tellsThePetitionerWhenWhereWhoAndWhatToBring() {
        NoticeText text = ReceptionNoticeText.of(facts(null));
        assertEquals("接访通知书", text.title());
        assertEquals("王喆", text.addressee());
        assertEquals("朝阳访约〔2026〕12号", text.number());
        assertEquals("二〇二六年十一月二十三日", text.signatureDate());
        assertEquals("北京市朝阳区信访办公室", text.sealText(), "the unit's name when it has no seal text of its own");
        String body = String.join("\n", text.paragraphs());
        assertTrue(body.startsWith("您于2026年11月20日提出的领导接访申请（反映事项：拖欠工资三个月），已安排如下："), body);
        assertTrue(body.contains("接待时间：2026年11月30日（星期一）09:00至11:30。"), body);
        assertTrue(body.contains("接待地点：区信访接待中心一号接待室。"), body);
        assertTrue(body.contains("接待领导：副区长张明。"), body);
        assertTrue(body.contains("请携带本人身份证件、本通知书") && body.contains("本次登记来访2人") && body.contains("不超过5名代表"), body);
    }

    @Test
    void theSameFactsGiveTheSameWording() {
        assertEquals(ReceptionNoticeText.of(facts("朝阳区信访办")).plainText(), ReceptionNoticeText.of(facts("朝阳区信访办")).plainText());
    }
}
