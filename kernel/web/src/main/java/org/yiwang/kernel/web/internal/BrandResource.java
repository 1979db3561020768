package org.yiwang.kernel.web.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Public;

/**
 * {@code GET /api/brand} and {@code GET /api/brand/logo}, public: the platform's name, logo, colour,
 * hotline, domain and footer. Each value comes from, in order: {@code etc/org.yiwang.brand.cfg} when
 * the operator set it there; else the newest active <em>brand bundle</em> (a bundle whose manifest
 * header {@value #HEADER} names a UTF-8 properties file inside it, with the same keys and
 * {@code logo} naming an SVG/PNG inside the bundle); else the built-in defaults. Editing the file or
 * installing/uninstalling a brand bundle changes the site at once, without a restart.
 */
@Component(service = BrandResource.class, property = JaxRs.RESOURCE, configurationPid = "org.yiwang.brand")
@Designate(ocd = BrandConfig.class)
@Public
@Path("/brand")
public final class BrandResource {

    /** Manifest header of a brand bundle: the path of its brand properties inside the bundle. */
    public static final String HEADER = "Yiwang-Brand";

    /** The brand as clients see it; {@code logo} changes whenever the logo does (cache busting). */
    public record Brand(LocalizedText name, String logo, String primaryColor, String hotline, String domain,
                        LocalizedText footer, String source) {
    }

    /** What one brand bundle declares. */
    record BrandBundle(Bundle bundle, Map<String, String> values, URL logo) {
    }

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String DEFAULT_COLOUR = "#C8102E";
    private static final Map<String, String> DEFAULTS = Map.of(
            "name.zh", "中小企业公共服务平台",
            "name.en", "SME Public Service Platform",
            "primaryColor", DEFAULT_COLOUR,
            "hotline", "12345",
            "domain", "localhost",
            "footer.zh", "",
            "footer.en", "");
    private static final Logger LOG = LoggerFactory.getLogger(BrandResource.class);

    private final BundleTracker<BrandBundle> bundles;
    private volatile Map<String, Object> config;

    @Activate
    public BrandResource(BundleContext context, Map<String, Object> properties) {
        this.config = properties;
        this.bundles = new BundleTracker<>(context, Bundle.ACTIVE, new BrandBundles());
        bundles.open();
    }

    @Modified
    void modified(Map<String, Object> properties) {
        this.config = properties;
    }

    @Deactivate
    void close() {
        bundles.close();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Brand brand() {
        return resolve(config, newest());
    }

    @GET
    @Path("/logo")
    @Produces({"image/svg+xml", "image/png"})
    public Response logo() throws IOException {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        String file = configured(config, "logo.file");
        if (file != null) {
            File f = new File(file);
            if (!f.isFile()) {
                throw ProblemException.notFound("品牌标志文件不存在：" + f.getName(), "Logo file not found: " + f.getName());
            }
            return Response.ok(f, type(f.getName())).cacheControl(cache).build();
        }
        BrandBundle bundle = newest();
        if (bundle != null && bundle.logo() != null) {
            return Response.ok(bundle.logo().openStream(), type(bundle.logo().getPath())).cacheControl(cache).build();
        }
        return Response.ok(BrandResource.class.getResourceAsStream("default-logo.svg"), "image/svg+xml")
                .cacheControl(cache).build();
    }

    /** The brand from the operator's configuration over the brand bundle over the defaults. */
    static Brand resolve(Map<String, Object> config, BrandBundle bundle) {
        Map<String, String> values = new HashMap<>(DEFAULTS);
        String source = "default";
        String logoVersion = "default";
        if (bundle != null) {
            values.putAll(bundle.values());
            source = bundle.bundle().getSymbolicName();
            logoVersion = bundle.logo() == null ? logoVersion : "b" + bundle.bundle().getBundleId();
        }
        Function<String, String> value = key -> {
            String configured = configured(config, key);
            return configured != null ? configured : values.get(key);
        };
        String colour = value.apply("primaryColor");
        if (!COLOUR.matcher(colour).matches()) {
            LOG.warn("org.yiwang.brand: primaryColor '{}' is not #RRGGBB; using {}", colour, DEFAULT_COLOUR);
            colour = DEFAULT_COLOUR;
        }
        String file = configured(config, "logo.file");
        if (file != null) {
            logoVersion = "f" + Integer.toHexString(file.hashCode()) + Long.toHexString(new File(file).lastModified());
        }
        return new Brand(LocalizedText.of(value.apply("name.zh"), value.apply("name.en")),
                "/api/brand/logo?v=" + logoVersion, colour, value.apply("hotline"), value.apply("domain"),
                LocalizedText.of(value.apply("footer.zh"), value.apply("footer.en")), source);
    }

    /** A value the operator set (non-blank) in the configuration, or null. */
    private static String configured(Map<String, Object> config, String key) {
        Object v = config == null ? null : config.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private BrandBundle newest() {
        Map<Bundle, BrandBundle> tracked = bundles.getTracked();
        return tracked.values().stream().max(Comparator.comparingLong(b -> b.bundle().getBundleId())).orElse(null);
    }

    private static String type(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".png") ? "image/png" : "image/svg+xml";
    }

    /** Reads a brand bundle's properties when it starts; forgets it when it stops. */
    private static final class BrandBundles implements BundleTrackerCustomizer<BrandBundle> {

        @Override
        public BrandBundle addingBundle(Bundle bundle, BundleEvent event) {
            String path = bundle.getHeaders("").get(HEADER);
            if (path == null || path.isBlank()) {
                return null;
            }
            URL entry = bundle.getEntry(path.strip());
            if (entry == null) {
                LOG.warn("Brand bundle {}: {} names {}, which is not in the bundle", bundle.getSymbolicName(), HEADER, path);
                return null;
            }
            Properties p = new Properties();
            try (InputStream in = entry.openStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.warn("Brand bundle {}: cannot read {}: {}", bundle.getSymbolicName(), path, e.toString());
                return null;
            }
            Map<String, String> values = new HashMap<>();
            for (String key : DEFAULTS.keySet()) {
                String v = p.getProperty(key);
                if (v != null && !v.isBlank()) {
                    values.put(key, v.strip());
                }
            }
            String logo = p.getProperty("logo");
            URL logoUrl = logo == null || logo.isBlank() ? null : bundle.getEntry(logo.strip());
            LOG.info("Brand bundle {} active: {}", bundle.getSymbolicName(), values.get("name.zh"));
            return new BrandBundle(bundle, Map.copyOf(values), logoUrl);
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, BrandBundle brand) {
            // nothing: the properties are read once per start
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, BrandBundle brand) {
            LOG.info("Brand bundle {} gone", bundle.getSymbolicName());
        }
    }
}
