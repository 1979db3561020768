package org.yiwang.kernel.standards.size;

/** Enterprise size class (企业规模). */
public enum SizeClass {
    LARGE("大型"), MEDIUM("中型"), SMALL("小型"), MICRO("微型");

    private final String nameZh;

    SizeClass(String nameZh) {
        this.nameZh = nameZh;
    }

    /** Chinese name. */
    public String nameZh() {
        return nameZh;
    }
}
