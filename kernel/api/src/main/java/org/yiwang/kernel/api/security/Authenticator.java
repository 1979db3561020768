package org.yiwang.kernel.api.security;

import java.util.Optional;

/**
 * Turns a bearer token into a {@link Caller}; provided by the identity service. Empty means the
 * token is unknown, expired, revoked or garbled (the kernel answers 401).
 */
public interface Authenticator {

    Optional<Caller> authenticate(String bearerToken);
}
