package org.yiwang.kernel.enterprises.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.BodyLimit;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/enterprises/imports}: upload a CSV or XLSX file, follow the job, fetch the report. */
@Component(service = ImportsResource.class, property = JaxRs.RESOURCE)
@Path("/enterprises/imports")
@Produces(MediaType.APPLICATION_JSON)
public final class ImportsResource {

    /** 256 MiB. */
    static final long MAX_UPLOAD = 268_435_456L;

    private final ImportService imports;

    @Activate
    public ImportsResource(@Reference ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({ImportFormat.CSV_TYPE, ImportFormat.XLSX_TYPE})
    @BodyLimit(MAX_UPLOAD)
    @RequiresPermission(EnterprisesModule.WRITE)
    public Response upload(@QueryParam("mode") String mode, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                           InputStream body, @Context SecurityContext security) throws IOException {
        ImportMode m = ImportMode.of(mode);
        ImportFormat format = ImportFormat.ofMediaType(type.getType() + "/" + type.getSubtype()).orElseThrow();
        Caller caller = Callers.of(security);
        ImportStatus job = imports.submit(body, format, charset(type), m, caller::covers);
        return Response.accepted(job).location(URI.create("/api/enterprises/imports/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(EnterprisesModule.WRITE)
    public ImportStatus status(@PathParam("id") String id) {
        return imports.status(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("/{id}/report")
    @Produces("text/csv; charset=UTF-8")
    @RequiresPermission(EnterprisesModule.WRITE)
    public Response report(@PathParam("id") String id) throws IOException {
        ImportStatus job = status(id);
        java.nio.file.Path file = imports.report(id).orElseThrow(() -> ProblemException.conflict(
                "导入尚未结束，报告还不可用", "The import " + job.id() + " is still " + job.state() + "; the report is not ready"));
        StreamingOutput out = stream -> Files.copy(file, stream);
        return Response.ok(out, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").build();
    }

    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.invalid(List.of(FieldError.of("charset", "known",
                    "不支持的字符集：" + name, "Unsupported charset " + name)));
        }
    }

    private static ProblemException unknown(String id) {
        return ProblemException.notFound("没有编号为 " + id + " 的导入任务", "No import job " + id);
    }
}
