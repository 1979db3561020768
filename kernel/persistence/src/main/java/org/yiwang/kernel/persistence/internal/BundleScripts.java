package org.yiwang.kernel.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.yiwang.kernel.api.persistence.MigrationException;

/** Reads {@code db/migration/V*__*.sql} from the bundle that holds a given class. */
final class BundleScripts {

    static final String FOLDER = "db/migration";

    private BundleScripts() {
    }

    static List<MigrationScript> of(Class<?> anchor) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle == null) {
            throw new MigrationException(anchor.getName() + " is not loaded from an OSGi bundle");
        }
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                scripts.add(MigrationScript.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new MigrationException("Cannot read " + path + " from " + bundle.getSymbolicName(), e);
            }
        }
        return scripts;
    }
}
