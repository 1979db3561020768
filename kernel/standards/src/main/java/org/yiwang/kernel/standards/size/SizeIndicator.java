package org.yiwang.kernel.standards.size;

/** The three indicators of the SME size standard. */
public enum SizeIndicator {
    /** X, 从业人员 (persons). */
    EMPLOYEES("employees"),
    /** Y, 营业收入 (万元). */
    OPERATING_REVENUE("operatingRevenue"),
    /** Z, 资产总额 (万元). */
    TOTAL_ASSETS("totalAssets");

    private final String field;

    SizeIndicator(String field) {
        this.field = field;
    }

    /** The field name used in {@link SmeFacts}, errors and the exchange format. */
    public String field() {
        return field;
    }
}
