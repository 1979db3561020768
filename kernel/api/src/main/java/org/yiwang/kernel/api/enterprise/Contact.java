package org.yiwang.kernel.api.enterprise;

/**
 * A contact person of an enterprise. Personal data: shown to staff with {@code enterprises.read},
 * never written to logs.
 *
 * @param name  person's name (required)
 * @param role  position, e.g. 总经理
 * @param phone telephone number
 * @param email e-mail address
 */
public record Contact(String name, String role, String phone, String email) {
}
