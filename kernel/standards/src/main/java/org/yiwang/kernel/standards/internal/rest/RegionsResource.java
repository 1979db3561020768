package org.yiwang.kernel.standards.internal.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;

/** Public GB/T 2260 lookups: one region with its ancestors, its children, search by name. */
@Component(service = RegionsResource.class, property = JaxRs.RESOURCE)
@Path("/standards/regions")
@Produces(MediaType.APPLICATION_JSON)
@Public
public final class RegionsResource {

    /** A region as the API shows it; {@code path} runs from the province down to the parent. */
    public record RegionView(String code, String name, String level, String parentCode, LocalDate validFrom,
                             LocalDate validTo, boolean current, String kind, List<Ref> path) {
    }

    /** A short reference to another region. */
    public record Ref(String code, String name) {
    }

    private final RegionRegistry regions = RegionRegistry.bundled();

    @GET
    @Path("/{code}")
    public RegionView region(@PathParam("code") String code) {
        return view(find(code), true);
    }

    @GET
    @Path("/{code}/children")
    public Page<RegionView> children(@PathParam("code") String code) {
        find(code);
        List<RegionView> items = regions.children(code).stream().map(r -> view(r, false)).toList();
        return new Page<>(items, items.size(), 1, Math.max(1, items.size()));
    }

    @GET
    public Page<RegionView> search(@QueryParam("q") String q, @QueryParam("retired") boolean retired,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (q == null || q.isBlank()) {
            throw Unprocessable.field("q", "required", "请输入要查找的地名", "q (a name or part of one) is required");
        }
        PageRequest request = PageRequest.of(page, size);
        List<Region> found = regions.searchByName(q, retired);
        List<RegionView> items = found.stream().skip(request.offset()).limit(request.size())
                .map(r -> view(r, true)).toList();
        return Page.of(items, found.size(), request);
    }

    private Region find(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            throw Unprocessable.field("code", "pattern", "行政区划代码应为 6 位数字", "a GB/T 2260 code has 6 digits");
        }
        return regions.find(code).orElseThrow(() -> ProblemException.notFound(
                "没有行政区划代码 " + code, "No GB/T 2260 region " + code));
    }

    private RegionView view(Region r, boolean withPath) {
        List<Ref> path = null;
        if (withPath) {
            List<Region> ancestors = new ArrayList<>(regions.ancestors(r.code()));
            Collections.reverse(ancestors);
            path = ancestors.stream().map(a -> new Ref(a.code(), a.name())).toList();
        }
        return new RegionView(r.code(), r.name(), r.level().name(), r.parentCode(), r.validFrom(), r.validTo(),
                r.isCurrent(), r.kind().name(), path);
    }
}
