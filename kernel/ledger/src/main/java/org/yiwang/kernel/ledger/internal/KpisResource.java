package org.yiwang.kernel.ledger.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.ledger.Kpis;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/ledger/kpis} and {@code /api/ledger/export}: staff figures and exchange JSON of their subtree. */
@Component(service = KpisResource.class, property = JaxRs.RESOURCE)
@Path("/ledger")
public final class KpisResource {

    private final LedgerService ledger;

    @Activate
    public KpisResource(@Reference LedgerService ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("/kpis")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(LedgerModule.READ)
    public Kpis kpis(@QueryParam("region") String region, @QueryParam("from") String from, @QueryParam("to") String to,
                     @QueryParam("module") String module, @QueryParam("provider") String provider,
                     @Context SecurityContext security) {
        return ledger.kpis(Callers.of(security), Params.kpis(region, from, to, module, provider));
    }

    /** Service records (with their satisfaction) as a JSON array of yiwang.exchange/1 documents, streamed. */
    @GET
    @Path("/export")
    @RequiresPermission(LedgerModule.READ)
    public Response export(@QueryParam("region") String region, @QueryParam("uscc") String uscc,
                           @QueryParam("module") String module, @QueryParam("provider") String provider,
                           @QueryParam("category") String category, @QueryParam("status") String status,
                           @QueryParam("rated") String rated, @QueryParam("from") String from,
                           @QueryParam("to") String to, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Filter filter = ledger.filter(caller, Params.query(region, uscc, module, provider, category, status, rated, from, to));
        StreamingOutput body = out -> {
            try (ExchangeExport export = new ExchangeExport(out)) {
                ledger.scan(filter, chunk -> export.write(chunk));
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"service-records.json\"").build();
    }
}
