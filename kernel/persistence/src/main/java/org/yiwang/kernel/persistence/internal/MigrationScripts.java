package org.yiwang.kernel.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.yiwang.kernel.api.persistence.MigrationException;

/**
 * Finds a module's {@code db/migration/V*__*.sql}: in its bundle when running in OSGi, otherwise
 * in the jar or classes folder the anchor class was loaded from (tests, benchmarks, tools).
 */
public final class MigrationScripts {

    static final String FOLDER = "db/migration";

    private MigrationScripts() {
    }

    public static List<MigrationScript> of(Class<?> anchor) {
        Bundle bundle = bundleOf(anchor);
        return bundle != null ? fromBundle(bundle) : fromCodeSource(anchor);
    }

    private static Bundle bundleOf(Class<?> anchor) {
        try {
            return FrameworkUtil.getBundle(anchor);
        } catch (NoClassDefFoundError notInOsgi) {
            return null;
        }
    }

    private static List<MigrationScript> fromBundle(Bundle bundle) {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            try (InputStream in = url.openStream()) {
                scripts.add(script(path, in));
            } catch (IOException e) {
                throw new MigrationException("Cannot read " + path + " from " + bundle.getSymbolicName(), e);
            }
        }
        return scripts;
    }

    private static List<MigrationScript> fromCodeSource(Class<?> anchor) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<MigrationScript> scripts = new ArrayList<>();
            if (Files.isDirectory(root)) {
                Path folder = root.resolve(FOLDER);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                            try (InputStream in = Files.newInputStream(f)) {
                                scripts.add(script(f.toString(), in));
                            }
                        }
                    }
                }
                return scripts;
            }
            try (JarFile jar = new JarFile(root.toFile())) {
                for (JarEntry e : jar.stream().toList()) {
                    String name = e.getName();
                    if (name.startsWith(FOLDER + "/") && name.endsWith(".sql") && name.indexOf('/', FOLDER.length() + 1) < 0) {
                        try (InputStream in = jar.getInputStream(e)) {
                            scripts.add(script(name, in));
                        }
                    }
                }
            }
            return scripts;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            if (e instanceof MigrationException me) {
                throw me;
            }
            throw new MigrationException("Cannot list migrations of " + anchor.getName() + ": " + e, e);
        }
    }

    private static MigrationScript script(String path, InputStream in) throws IOException {
        String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        return MigrationScript.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
}
