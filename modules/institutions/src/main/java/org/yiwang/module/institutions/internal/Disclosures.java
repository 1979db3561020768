package org.yiwang.module.institutions.internal;

import java.util.List;

/**
 * The six disclosures (六公开) of a listed product, ready for other tools: item (the product's name),
 * content, process (steps in order), standard, supervision (the product's own, else the platform's
 * supervision by its service windows) and contact (the institution's service phone and address).
 */
public record Disclosures(String item, String content, List<String> process, String standard, String supervision,
                          String contact) {

    static final String DEFAULT_SUPERVISION = "由平台服务窗口监督，可在服务记录中评价或投诉 / supervised by the platform's"
            + " service windows; rate or complain in the service record";

    static Disclosures of(ProductVersion v, Profile institution) {
        String contact = institution == null ? null : String.join(" · ", java.util.stream.Stream.of(
                institution.servicePhone(), institution.address()).filter(s -> s != null && !s.isBlank()).toList());
        return new Disclosures(v.name(), v.content(), v.process(), v.standard(),
                v.supervision() == null ? DEFAULT_SUPERVISION : v.supervision(), contact);
    }
}
