package org.yiwang.kernel.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The web shell and the module pages, public (they are code, not data; every call they make goes
 * through {@code /api} and its permission checks):
 * <ul>
 *   <li>{@code /ui/shell/…} and {@code /ui/vendor/…}: the shell and its pinned third-party libraries,
 *       from this bundle's {@code ui/} folder;</li>
 *   <li>{@code /ui/modules/<id>/…}: the {@code ui/} folder of the bundle that registered module
 *       {@code <id>} — gone (404) the moment the module is uninstalled;</li>
 *   <li>every other path without a file extension ({@code /}, {@code /console/…}, a module's portal
 *       route): the shell's page, which routes in the browser.</li>
 * </ul>
 * Files are revalidated on every use (ETag from the bundle's install time), so an updated module is
 * seen on the next navigation.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/",
    "osgi.http.whiteboard.servlet.name=yiwang-ui"})
public final class UiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "ui/shell/index.html";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@-]*");
    private static final Pattern IMPORT_MAP = Pattern.compile(
            "<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "woff2", "font/woff2");

    private static final Set<String> COMPRESSIBLE = Set.of("js", "mjs", "css", "html", "json", "svg");
    private static final int MAX_CACHED = 500;

    /** Compressed files by bundle version and path; a reinstalled module gets new keys. */
    private final transient Map<String, byte[]> gzipped = new ConcurrentHashMap<>();
    private final transient Bundle own;
    private final transient ModuleRegistry modules;
    private final String policy;

    @Activate
    public UiServlet(BundleContext context, @Reference ModuleRegistry modules) throws IOException {
        this.own = context.getBundle();
        this.modules = modules;
        this.policy = contentSecurityPolicy(read(own.getEntry(PAGE)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (path.startsWith("/ui/modules/")) {
            String rest = path.substring("/ui/modules/".length());
            int slash = rest.indexOf('/');
            Optional<Bundle> bundle = slash < 0 ? Optional.empty() : modules.uiBundle(rest.substring(0, slash));
            serve(bundle.orElse(null), slash < 0 ? null : "ui/" + rest.substring(slash + 1), request, response);
        } else if (path.startsWith("/ui/")) {
            serve(own, path.substring(1), request, response);
        } else if (path.lastIndexOf('.') > path.lastIndexOf('/')) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            response.setHeader("Content-Security-Policy", policy);
            response.setHeader("X-Frame-Options", "DENY");
            serve(own, PAGE, request, response);
        }
    }

    private void serve(Bundle bundle, String entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        URL url = bundle == null || entry == null || !safe(entry) ? null : bundle.getEntry(entry);
        if (url == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String accept = request.getHeader("Accept-Encoding");
        boolean gzip = COMPRESSIBLE.contains(ext) && accept != null && accept.contains("gzip");
        String version = bundle.getBundleId() + "-" + bundle.getLastModified();
        String etag = "\"" + version + (gzip ? "-gz" : "") + "\"";
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(TYPES.getOrDefault(ext, "text/plain; charset=utf-8"));
        if (gzip) {
            if (gzipped.size() > MAX_CACHED) {
                gzipped.clear(); // old versions of reinstalled modules; rebuilt on demand
            }
            byte[] body = gzipped.computeIfAbsent(version + "/" + entry, k -> gzip(url));
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        try (InputStream in = url.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** Phones on mobile networks: the libraries shrink to about a quarter. Kept per file version. */
    private static byte[] gzip(URL url) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = url.openStream(); GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Only plain names: no empty, dot-led or encoded segments, so nothing outside ui/ is reachable. */
    static boolean safe(String entry) {
        for (String segment : entry.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Scripts only from this origin plus the page's inline import map (by its hash); {@code unsafe-eval}
     * because module pages are plain ES modules whose templates Vue compiles in the browser.
     */
    static String contentSecurityPolicy(String page) {
        Matcher m = IMPORT_MAP.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("the shell page has no import map");
        }
        String hash;
        try {
            hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(m.group(1).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return "default-src 'self'; script-src 'self' 'unsafe-eval' 'sha256-" + hash + "'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    private static String read(URL url) throws IOException {
        if (url == null) {
            throw new IOException(PAGE + " is missing from the bundle");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
