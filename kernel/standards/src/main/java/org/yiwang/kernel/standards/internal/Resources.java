package org.yiwang.kernel.standards.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads resources shipped inside this bundle, always as UTF-8, through this class's loader. */
public final class Resources {

    private Resources() {
    }

    /** Absolute resource path (no leading slash), e.g. {@code org/yiwang/.../regions.csv}. */
    public static List<String> lines(String path) {
        try (InputStream in = open(path);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /** The whole resource as a string. */
    public static String text(String path) {
        return String.join("\n", lines(path));
    }

    /** Whether the resource exists. */
    public static boolean exists(String path) {
        return Resources.class.getClassLoader().getResource(path) != null;
    }

    private static InputStream open(String path) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("resource missing from the bundle: " + path);
        }
        return in;
    }
}
