package org.yiwang.itests.echo.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/echo/notes}: the smallest module REST resource, with validation and a deliberate bug. */
@Component(service = NotesResource.class, property = JaxRs.RESOURCE)
@Path("/echo")
@Produces(MediaType.APPLICATION_JSON)
public final class NotesResource {

    private final NoteStore store;

    @Activate
    public NotesResource(@Reference NoteStore store) {
        this.store = store;
    }

    @GET
    @Path("/notes")
    @Public
    public Page<Note> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        List<Note> all = store.all();
        List<Note> slice = all.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(slice, all.size(), request);
    }

    @GET
    @Path("/notes/{id}")
    @Public
    public Note one(@PathParam("id") int id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("便笺不存在", "No note " + id));
    }

    @POST
    @Path("/notes")
    @RequiresPermission("echo.write")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewNote body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.text() == null || body.text().isBlank()) {
            errors.add(FieldError.of("text", "required", "必须填写内容", "text is required"));
        } else if (body.text().length() > 200) {
            errors.add(FieldError.of("text", "maxLength", "内容最多 200 字", "text must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Note note = store.add(body.text().strip());
        return Response.created(URI.create("/api/echo/notes/" + note.id())).entity(note).build();
    }

    /** Declares no access rule: proves the kernel refuses such endpoints. */
    @GET
    @Path("/undeclared")
    public Note undeclared() {
        return new Note(0, "must never be served", java.time.Instant.EPOCH);
    }

    /** Always fails with an unexpected exception: proves 500s carry an error id and no stack trace. */
    @GET
    @Path("/boom")
    @Public
    public Note boom() {
        throw new IllegalStateException("deliberate failure with secret detail");
    }
}
