package org.yiwang.kernel.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yiwang.kernel.api.persistence.MigrationException;

/** One versioned script {@code V<n>__<description>.sql}, with the checksum of its normalised text. */
public record MigrationScript(int version, String description, String fileName, String sql, String checksum) {

    private static final Pattern NAME = Pattern.compile("V(\\d{1,9})__([A-Za-z0-9_\\-]+)\\.sql");

    static MigrationScript of(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new MigrationException("Migration file name '" + fileName
                    + "' does not match V<version>__<description>.sql");
        }
        String normalised = sql.replace("\r\n", "\n").strip();
        return new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                fileName, normalised, sha256(normalised));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
