package org.yiwang.module.demands.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.rest.BodyLimit;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;

/**
 * {@code /api/demands/{id}/attachments}: upload (the raw file as the body, its name in {@code ?name=}),
 * list and download. Access is checked in {@link AttachmentService}.
 */
@Component(service = AttachmentsResource.class, property = JaxRs.RESOURCE)
@Path("/demands/{id: \\d+}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public final class AttachmentsResource {

    private final AttachmentService attachments;

    @Activate
    public AttachmentsResource(@Reference AttachmentService attachments) {
        this.attachments = attachments;
    }

    @POST
    @BodyLimit(AttachmentService.MAX_BYTES)
    @Public
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name, InputStream body,
                           @Context SecurityContext security) throws IOException {
        Attachment a = attachments.add(Callers.of(security), id, name, body);
        return Response.created(URI.create("/api/demands/" + id + "/attachments/" + a.id())).entity(a).build();
    }

    @GET
    @Public
    public List<Attachment> list(@PathParam("id") long id, @Context SecurityContext security) {
        return attachments.list(Callers.of(security), id);
    }

    @GET
    @Path("/{aid: \\d+}")
    @Produces(MediaType.WILDCARD)
    @Public
    public Response download(@PathParam("id") long id, @PathParam("aid") long aid, @Context SecurityContext security) {
        return attachments.content(Callers.of(security), id, aid).download();
    }
}
