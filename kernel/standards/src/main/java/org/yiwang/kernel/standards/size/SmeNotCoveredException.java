package org.yiwang.kernel.standards.size;

/** The industry is outside the size standard (e.g. finance); no size is guessed. */
public class SmeNotCoveredException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String industryCode;
    private final String ruleSetId;

    public SmeNotCoveredException(String industryCode, String ruleSetId, String reason) {
        super(reason);
        this.industryCode = industryCode;
        this.ruleSetId = ruleSetId;
    }

    /** The industry code as given. */
    public String industryCode() {
        return industryCode;
    }

    /** The rule set that does not cover it. */
    public String ruleSetId() {
        return ruleSetId;
    }
}
