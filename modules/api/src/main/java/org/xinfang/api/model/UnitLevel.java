package org.xinfang.api.model;

/**
 * The level of a node in the organisation tree: the administrative levels (省/市/区县/乡镇街道/村社区),
 * and the levels inside a court or a company.
 */
public enum UnitLevel implements Labelled {
    PROVINCE("省", "Province"),
    CITY("市", "City"),
    COUNTY("区县", "District/County"),
    TOWNSHIP("乡镇街道", "Township/Subdistrict"),
    VILLAGE("村社区", "Village/Community"),
    COURT("法院", "Court"),
    TRIBUNAL("审判庭", "Tribunal"),
    COMPANY("公司", "Company"),
    WORKSHOP("车间", "Workshop"),
    OFFICE("机关部门", "Office");

    private final LocalizedText label;

    UnitLevel(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
