package org.yiwang.kernel.web.internal;

import java.io.File;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Public;

/**
 * {@code GET /api/brand} and {@code GET /api/brand/logo}, public: the platform's name, logo, colour,
 * hotline, domain and footer from {@code etc/org.yiwang.brand.cfg}; edits apply without a restart.
 */
@Component(service = BrandResource.class, property = JaxRs.RESOURCE, configurationPid = "org.yiwang.brand")
@Designate(ocd = BrandConfig.class)
@Public
@Path("/brand")
public final class BrandResource {

    /** The brand as clients see it. */
    public record Brand(LocalizedText name, String logo, String primaryColor, String hotline, String domain,
                        LocalizedText footer) {
    }

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Logger LOG = LoggerFactory.getLogger(BrandResource.class);

    private volatile Brand brand;
    private volatile File logo;

    @Activate
    public BrandResource(BrandConfig config) {
        apply(config);
    }

    @Modified
    void apply(BrandConfig config) {
        String colour = config.primaryColor();
        if (!COLOUR.matcher(colour).matches()) {
            LOG.warn("org.yiwang.brand: primaryColor '{}' is not #RRGGBB; using #C8102E", colour);
            colour = "#C8102E";
        }
        brand = new Brand(LocalizedText.of(config.name_zh(), config.name_en()), "/api/brand/logo", colour,
                config.hotline(), config.domain(), LocalizedText.of(config.footer_zh(), config.footer_en()));
        String file = config.logo_file();
        logo = file.isBlank() ? null : new File(file.strip());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Brand brand() {
        return brand;
    }

    @GET
    @Path("/logo")
    @Produces({"image/svg+xml", "image/png"})
    public Response logo() {
        File f = logo;
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        if (f == null) {
            return Response.ok(BrandResource.class.getResourceAsStream("default-logo.svg"), "image/svg+xml")
                    .cacheControl(cache).build();
        }
        if (!f.isFile()) {
            throw ProblemException.notFound("品牌标志文件不存在：" + f.getName(), "Logo file not found: " + f.getName());
        }
        String type = f.getName().toLowerCase(Locale.ROOT).endsWith(".png") ? "image/png" : "image/svg+xml";
        return Response.ok(f, type).cacheControl(cache).build();
    }
}
