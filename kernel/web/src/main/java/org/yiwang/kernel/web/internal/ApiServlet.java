package org.yiwang.kernel.web.internal;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.security.Authenticator;

/**
 * The one REST container of the platform, at {@code /api/*}. It serves every JAX-RS whiteboard
 * service of every bundle and rebuilds itself (debounced) when they come and go. Requests hold
 * a read lock and a rebuild the write lock, so no request ever sees a half-built container.
 */
@Component(service = {Servlet.class, RestContainer.class}, configurationPid = "org.yiwang.web", property = {
    "osgi.http.whiteboard.servlet.pattern=/api/*",
    "osgi.http.whiteboard.servlet.name=yiwang-api"})
@Designate(ocd = WebConfig.class)
public final class ApiServlet extends HttpServlet implements RestContainer {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private transient volatile WebConfig config;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile Authenticator authenticator;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile AuditLog audit;
    private final transient WhiteboardTracker whiteboard;
    private final transient ScheduledExecutorService reloader =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "yiwang-api-reload"));
    private final transient ReadWriteLock lock = new ReentrantReadWriteLock();
    private final transient JacksonJsonProvider json = new JacksonJsonProvider(Json.mapper());
    private transient ServletContainer container;
    private transient ScheduledFuture<?> pending;
    private transient volatile List<Object> lastGood = List.of();
    private transient volatile boolean lastReloadFailed;

    @Activate
    public ApiServlet(BundleContext context, WebConfig config) throws InvalidSyntaxException {
        this.config = config;
        this.whiteboard = new WhiteboardTracker(context, this::scheduleReload);
        reloader.execute(this::warmUp);
        whiteboard.open();
    }

    /**
     * Builds (and discards) one Jersey application in the background while the platform starts, so the
     * classes are loaded before the first request initialises the real container.
     */
    private void warmUp() {
        try {
            withBundleLoader(() -> new ApplicationHandler(build(List.of())));
        } catch (RuntimeException e) {
            LOG.debug("REST container warm-up failed; the first request will be slower", e);
        }
    }

    /** Configuration edits apply with the next rebuild, at once. */
    @Modified
    void modified(WebConfig config) {
        this.config = config;
        scheduleReload();
    }

    @Deactivate
    void stop() {
        whiteboard.close();
        reloader.shutdownNow();
    }

    @Override
    public void init(ServletConfig servletConfig) throws ServletException {
        super.init(servletConfig);
        lock.writeLock().lock();
        try {
            List<Object> services = whiteboard.current();
            ServletContainer fresh = withBundleLoader(() -> new ServletContainer(build(services)));
            fresh.init(servletConfig);
            container = fresh;
            lastGood = services;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void destroy() {
        lock.writeLock().lock();
        try {
            if (container != null) {
                container.destroy();
                container = null;
            }
        } finally {
            lock.writeLock().unlock();
        }
        super.destroy();
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        lock.readLock().lock();
        try {
            if (container == null) {
                resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            container.service(req, resp);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public synchronized boolean upToDate() {
        if (pending != null && !pending.isDone()) {
            return false;
        }
        return !lastReloadFailed && lastGood.equals(whiteboard.current());
    }

    private synchronized void scheduleReload() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!reloader.isShutdown()) {
            pending = reloader.schedule(this::reload, config.reloadDebounceMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void reload() {
        List<Object> services = whiteboard.current();
        lock.writeLock().lock();
        try {
            if (container == null) {
                return;
            }
            try {
                withBundleLoader(() -> {
                    container.reload(build(services));
                    return null;
                });
                lastGood = services;
                lastReloadFailed = false;
                LOG.info("REST container rebuilt with {} resources and extensions", services.size());
            } catch (RuntimeException e) {
                LOG.error("REST container could not be rebuilt with the new set of resources; keeping the previous"
                        + " set. Check the resource that was just installed for conflicting paths.", e);
                lastReloadFailed = true;
                withBundleLoader(() -> {
                    container.reload(build(lastGood));
                    return null;
                });
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private ResourceConfig build(List<Object> services) {
        ResourceConfig rc = new ResourceConfig();
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rc.property(ServerProperties.BV_FEATURE_DISABLE, true);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        rc.register(json);
        rc.register(new BodyLimitFilter(config.maxBodyBytes()));
        rc.register(new AccessFilter(() -> authenticator));
        rc.register(new AuditFilter(() -> audit, java.time.Clock.systemUTC()));
        rc.registerInstances(ProblemMappers.all());
        for (Object service : services) {
            rc.registerInstances(service);
        }
        return rc;
    }

    private <T> T withBundleLoader(Supplier<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(ApiServlet.class.getClassLoader());
        try {
            return work.get();
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
