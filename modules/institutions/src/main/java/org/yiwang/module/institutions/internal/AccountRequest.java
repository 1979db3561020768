package org.yiwang.module.institutions.internal;

/** The login an applying institution wants; becomes usable when staff admit the institution. */
public record AccountRequest(String username, String password) {

    @Override
    public String toString() {
        return "AccountRequest[username=" + username + "]";
    }
}
