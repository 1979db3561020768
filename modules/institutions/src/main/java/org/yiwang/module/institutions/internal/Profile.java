package org.yiwang.module.institutions.internal;

import java.time.Instant;
import java.util.List;

/**
 * One version of an institution's profile: the approved one the public sees, or a change waiting
 * for staff. {@code contacts} is empty when the caller may not see personal data.
 */
public record Profile(long revision, String name, InstitutionType type, List<String> categories,
                      List<String> regionsServed, List<Qualification> qualifications, List<Contact> contacts,
                      String description, String address, String servicePhone, String website, Instant submittedAt,
                      String submittedBy) {

    public Profile {
        categories = List.copyOf(categories);
        regionsServed = List.copyOf(regionsServed);
        qualifications = List.copyOf(qualifications);
        contacts = List.copyOf(contacts);
    }

    Profile withoutPersonalData() {
        return new Profile(revision, name, type, categories, regionsServed, qualifications, List.of(), description,
                address, servicePhone, website, submittedAt, null);
    }
}
