package org.yiwang.module.institutions.internal;

import java.time.Instant;

/**
 * A service product of an institution: {@code current} the approved version (null until the first
 * approval), {@code pending} a change waiting for staff (shown to the institution and staff only),
 * {@code withdrawn} when the institution took it off the directory; {@code disclosures} the six
 * disclosures of the approved version (in lists of an institution's products).
 */
public record Product(long id, long institutionId, ProductVersion current, ProductVersion pending, boolean withdrawn,
                      Instant createdAt, Disclosures disclosures) {

    Product withDisclosures(Profile institution) {
        return new Product(id, institutionId, current, pending, withdrawn, createdAt,
                current == null ? null : Disclosures.of(current, institution));
    }

    Product forPublic() {
        return new Product(id, institutionId, current == null ? null : new ProductVersion(current.revision(),
                current.name(), current.category(), current.content(), current.process(), current.standard(),
                current.supervision(), current.free(), current.fee(), current.deliveryDays(), current.submittedAt(),
                null), null, withdrawn, createdAt, disclosures);
    }
}
