package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of creating or changing a standardised service product (标准化服务产品): its name, service
 * category, content, process (the steps, in order), standard, how it is supervised (optional), free or
 * the fee in yuan, and the delivery time in working days. These are its six disclosures together
 * with the institution's service phone.
 */
public record ProductRequest(String name, String category, String content, List<String> process, String standard,
                             String supervision, Boolean free, BigDecimal fee, Integer deliveryDays) {
}
