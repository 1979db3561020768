package org.yiwang.module.institutions.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/institutions/evaluation-settings}: weights, threshold and appeal window (platform-wide). */
@Component(service = SettingsResource.class, property = JaxRs.RESOURCE)
@Path("/institutions/evaluation-settings")
@Produces(MediaType.APPLICATION_JSON)
public final class SettingsResource {

    private final EvaluationService evaluations;

    @Activate
    public SettingsResource(@Reference EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @RequiresPermission(InstitutionsModule.EVALUATE)
    public EvaluationSettings get() {
        return evaluations.settings();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InstitutionsModule.CONFIGURE)
    public EvaluationSettings put(EvaluationSettings body, @Context SecurityContext security) {
        return evaluations.putSettings(Callers.of(security), body);
    }
}
