package org.xinfang.web.interfaces.rest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API's own messages (request-reading errors, field labels), Chinese as the base bundle and
 * English in {@link ApiMessages_en}. Kept as classes beside the resources that use them; the core's
 * messages (validation, conflicts) come with the core's exceptions already in the caller's language.
 */
public class ApiMessages extends java.util.ListResourceBundle {

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(ApiMessages.class.getName(), locale, ApiMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The human name of a field: by its whole path when that has a label of its own ({@code parties[0].name} reads 姓名,
     * a person's), else by its last name ({@code name} reads 单位名称); the field itself when it has none.
     */
    public static String label(Locale locale, String field) {
        String path = field.replaceAll("\\[\\d+]", "");
        for (String key : List.of(path, path.substring(path.lastIndexOf('.') + 1))) {
            try {
                return get(locale, "label." + key);
            } catch (MissingResourceException unlabelled) {
                // the next, shorter key
            }
        }
        return field;
    }

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"body.unreadable", "请求体不是有效的 JSON{0}。"},
            {"body.unreadableAt", "（第 {0} 行第 {1} 列）"},
            {"label.days", "有效天数"},
            {"label.label", "用途"},
            {"label.enabled", "启用"},
            {"label.newPassword", "新密码"},
            {"label.currentPassword", "当前密码"},
            {"label.username", "用户名"},
            {"label.displayName", "姓名"},
            {"label.email", "电子邮箱"},
            {"label.password", "密码"},
            {"body.notObject", "请求体须为 JSON 对象。"},
            {"portal.form.notPublic", "网上信访不填写“{0}”，由受理单位登记；可填写的字段：{1}"},
            {"intake.since", "since 须为时间（RFC 3339），如 2026-12-07T09:00:00+08:00，不带时区时按北京时间；收到的是“{0}”"},
            {"body.unknownField", "请求体中没有“{0}”这一项（未予忽略）；可用的字段：{1}"},
            {"type.text", "{0}须为文本"},
            {"type.integer", "{0}须为整数"},
            {"type.date", "{0}须为 yyyy-MM-dd 格式的日期，如 2026-03-01"},
            {"type.choice", "{0}“{1}”无效，可选值：{2}"},
            {"type.object", "{0}须为 JSON 对象"},
            {"type.boolean", "{0}须为 true 或 false"},
            {"type.array", "{0}须为 JSON 数组"},
            {"field.required", "{0}不能为空"},
            {"form.unknownField", "专用信息中没有“{0}”这一项"},
            {"form.unreadableField", "专用信息中的 {0} 无法取值“{1}”"},
            {"form.notUsed", "“{0}”的信访事项没有专用信息，请勿提交 form"},
            {"param.range", "{0}须为 {1} 到 {2} 之间的整数"},
            {"param.dateOrder", "收到日期起不能晚于收到日期止"},
            {"param.tooLong", "{0}不得超过 {1} 个字"},
            {"param.unknown", "未知的查询参数“{0}”（未予忽略）；此接口可用的查询参数：{1}"},
            {"param.unknown.none", "未知的查询参数“{0}”（未予忽略）；此接口不接受查询参数"},
            {"error.invalidInput", "输入有误，请按各字段的提示修改；未保存任何内容。"},
            {"error.invalidQuery", "请求有误，请按各字段的提示修改。"},
            {"error.unauthorized", "请先登录：请求须带有效的用户名和密码（HTTP Basic）或接口令牌（Bearer）。"},
            {"error.token.invalid", "接口令牌无效、已过期或已吊销，请重新签发。"},
            {"error.passwordChangeRequired", "请先修改密码（PUT /api/v1/me/password）：管理员设置的首次或临时密码须由本人更换后才能继续。"},
            {"error.csrf", "以浏览器会话调用须带请求头 {0}（其值见 GET /api/v1/me 的 csrfToken），以防他站冒用会话。"},
            {"error.token.needsPassword", "签发令牌须以用户名和密码（HTTP Basic）或浏览器会话登录，不能以令牌签发令牌。"},
            {"error.http", "请求无法处理（HTTP {0}）。"},
            {"error.noSuchPath", "请求的地址不存在。"},
            {"error.method", "该地址不支持此请求方法。"},
            {"error.mediaType", "请求体须为 application/json。"},
            {"error.internal", "服务器内部错误，请稍后重试或联系系统管理员。"},
            {"error.databaseUnavailable", "数据库暂时无法连接，请求未保存，请稍后重试。"},
            {"error.databaseBusy", "服务器正忙于处理同一记录的其他修改，请求未保存，请稍候重试。"},
            {"label.channel", "来源渠道"},
            {"label.subject", "事由"},
            {"label.content", "主要内容"},
            {"label.category", "问题类别"},
            {"label.receivedOn", "收到日期"},
            {"label.headCount", "来访人数"},
            {"label.parties", "当事人"},
            {"label.role", "当事人身份"},
            {"label.name", "单位名称"},
            {"label.parties.name", "姓名"},
            {"label.people.name", "姓名"},
            {"label.idNumber", "身份证号"},
            {"label.phone", "联系电话"},
            {"label.address", "地址"},
            {"label.form", "专用信息"},
            {"label.status", "状态"},
            {"label.receivedFrom", "收到日期起"},
            {"label.receivedTo", "收到日期止"},
            {"label.q", "关键词"},
            {"label.sort", "排序字段"},
            {"label.order", "排序方向"},
            {"label.offset", "起始位置"},
            {"label.limit", "每页条数"},
            {"label.transition", "办理步骤"},
            {"label.concernedUnitId", "被反映单位"},
            {"unit.unknown", "机关 {0} 不存在。"},
            {"label.reason", "理由或意见"},
            {"label.targetUnitId", "接收机关"},
            {"label.dueDate", "报告期限"},
            {"label.legalRoute", "法定途径"},
            {"label.extensionDays", "延长天数"},
            {"label.rating", "满意度评价"},
            {"label.value", "取值"},
            {"attachment.fileMissing", "请在表单字段 file 中附上文件（multipart/form-data）。"},
            {"error.attachmentTooLarge", "文件超过上限，未保存。"},
            {"error.notAScan", "文件不是可接受的扫描件类型，未保存。"},
            {"type.time", "{0}须为 HH:mm 格式的时间，如 09:00"},
            {"label.leaderName", "接访领导姓名"},
            {"label.leaderTitle", "职务"},
            {"label.place", "接访地点"},
            {"label.capacity", "每场可预约人数"},
            {"label.startsAt", "开始时间"},
            {"label.endsAt", "结束时间"},
            {"label.recurrence", "接访方式"},
            {"label.weekday", "星期"},
            {"label.startsOn", "开始日期"},
            {"label.endsOn", "结束日期"},
            {"label.petitionerName", "信访人姓名"},
            {"label.matter", "反映事项"},
            {"label.classification", "分类"},
            {"label.department", "承办部门"},
            {"label.guidance", "引导意见"},
            {"label.preferredSlotId", "希望的场次"},
            {"label.version", "版本"},
            {"label.slotId", "场次"},
            {"label.unitId", "单位"},
            {"label.code", "单位代码"},
            {"label.shortName", "单位简称"},
            {"label.level", "单位层级"},
            {"label.agencyType", "机构类型"},
            {"label.sealText", "印章文字"},
            {"label.parentId", "上级单位"},
            {"application.notFound", "没有这个申请，或申请编号与电话不符。"},
            {"label.kind", "类别"},
            {"label.leaderUsername", "接访领导（用户名）"},
            {"label.heldOn", "接访日期"},
            {"label.appointmentId", "预约"},
            {"label.caseId", "信访事项"},
            {"label.people", "来访人"},
            {"label.request", "诉求"},
            {"label.instruction", "领导批示"},
            {"label.outcome", "处理结果"},
            {"label.handlerUsername", "承办人（用户名）"},
            {"label.dueOn", "办结期限"},
            {"label.satisfaction", "满意度"},
            {"label.task", "包案任务"},
            {"label.month", "月份"},
            {"type.month", "{0}须为 yyyy-MM 格式的月份，如 2026-11"},
            {"label.period", "报送期次"},
            {"label.nothingToReport", "无情况（零报告）"},
            {"label.visitBatches", "来访批次"},
            {"label.visitPersons", "来访人次"},
            {"label.incidents", "事件数"},
            {"label.notes", "情况说明"},
            {"label.date", "日期"},
            {"label.cadence", "报送周期"},
            {"label.cutOff", "截止时间"},
            {"label.dueWeekday", "截止星期"},
            {"label.dueDay", "截止日"},
            {"label.dueNextMonth", "次月截止"},
            {"label.level", "单位层级"},
            {"label.foundOn", "排查日期"},
            {"label.risk", "风险等级"},
            {"label.responsiblePerson", "责任人"},
            {"label.plan", "化解方案"},
            {"label.note", "说明"},
            {"label.day", "日期"},
            {"label.projectName", "项目名称"},
            {"label.projectOwner", "项目业主"},
            {"label.plannedStart", "计划开工日期"},
            {"label.assessedOn", "评估日期"},
            {"label.risks", "风险点"},
            {"label.riskRating", "风险等级"},
            {"label.conditions", "落实条件"},
            {"label.followedOn", "跟踪日期"},
            {"label.mediator", "调解组织"},
            {"label.result", "调解结果"},
            {"label.agreement", "调解协议"},
            {"label.concludedOn", "调解结束日期"},
            {"label.meetingDate", "会议日期"},
            {"label.attendees", "参会人员"},
            {"label.outsideBodies", "参加单位"},
            {"label.situation", "形势分析"},
            {"label.caseIds", "研判事项"},
            {"label.decisions", "决定事项"},
            {"label.decision", "决定内容"},
            {"label.responsible", "责任人"},
            {"label.rate", "指标"},
            {"label.part", "部分"},
            {"label.below", "下级单位"},
            {"label.from", "起始日期"},
            {"label.to", "截止日期"},
        };
    }
}
