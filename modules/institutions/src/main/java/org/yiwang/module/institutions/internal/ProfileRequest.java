package org.yiwang.module.institutions.internal;

import java.util.List;

/**
 * The body of {@code POST /api/institutions} (an application: with {@code uscc}, {@code region} and
 * {@code account}) and of {@code PUT /api/institutions/{id}} (a profile change: those three are
 * ignored). {@code type} is an {@link InstitutionType} name, {@code categories} service category
 * codes (STANDARDS §6), {@code regionsServed} current GB/T 2260 codes; {@code region} (where the
 * institution is registered, which decides the staff who review it) defaults to the division in
 * its USCC.
 */
public record ProfileRequest(String name, String uscc, String type, String region, List<String> categories,
                             List<String> regionsServed, List<Qualification> qualifications, List<Contact> contacts,
                             String description, String address, String servicePhone, String website,
                             AccountRequest account) {
}
