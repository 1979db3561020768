package org.yiwang.kernel.standards.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.industry.IndustryResolution;
import org.yiwang.kernel.standards.size.SmeClassifier;
import org.yiwang.kernel.standards.size.SmeFacts;
import org.yiwang.kernel.standards.size.SmeNotCoveredException;
import org.yiwang.kernel.standards.size.SmeResult;
import org.yiwang.kernel.standards.size.SmeValidationException;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/** Public endpoints of the data standards: USCC check, industry lookup, SME size classification. */
@Component(service = StandardsResource.class, property = JaxRs.RESOURCE)
@Path("/standards")
@Produces(MediaType.APPLICATION_JSON)
@Public
public final class StandardsResource {

    /** Body of {@code POST /api/standards/sme-size}; amounts in 万元. */
    public record SizeRequest(String industryCode, Long employees, BigDecimal operatingRevenue,
                              BigDecimal totalAssets, LocalDate onDate) {
    }

    /** Answer of {@code POST /api/standards/sme-size}. */
    public record SizeAnswer(String size, Category category, String ruleSet, List<String> explanation) {
    }

    /** The SME category the industry falls in. */
    public record Category(String id, LocalizedText name) {
    }

    private final SmeClassifier classifier = SmeClassifier.bundled();
    private final IndustryCatalog industries = IndustryCatalog.bundled();

    /** 200 for valid and invalid codes alike: the verdict is data. */
    @GET
    @Path("/uscc/{code}")
    public UsccResult uscc(@PathParam("code") String code, @QueryParam("mode") @DefaultValue("strict") String mode) {
        Uscc.Mode m = switch (mode.toLowerCase(Locale.ROOT)) {
            case "strict" -> Uscc.Mode.STRICT;
            case "lenient" -> Uscc.Mode.LENIENT;
            default -> throw Unprocessable.field("mode", "enum", "只能是 strict 或 lenient", "must be strict or lenient");
        };
        return Uscc.validate(code, m);
    }

    @GET
    @Path("/industries/{code}")
    public IndustryResolution industry(@PathParam("code") String code) {
        if (!code.strip().matches("[A-Ta-t]?\\d{0,4}") || code.isBlank()) {
            throw Unprocessable.field("code", "pattern", "行业代码应为门类字母和/或 2–4 位数字，如 C3311",
                    "an industry code is a section letter and/or 2-4 digits, e.g. C3311");
        }
        try {
            return industries.resolve(code);
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.notFound("GB/T 4754-2017 中没有行业代码 " + code, unknown.getMessage());
        }
    }

    @POST
    @Path("/sme-size")
    @Consumes(MediaType.APPLICATION_JSON)
    public SizeAnswer smeSize(SizeRequest body) {
        if (body == null) {
            throw Unprocessable.field("body", "required", "请求体不能为空", "a JSON body is required");
        }
        if (body.industryCode() == null || body.industryCode().isBlank()) {
            throw Unprocessable.field("industryCode", "required", "必须填写行业代码", "industryCode is required");
        }
        LocalDate on = body.onDate() != null ? body.onDate() : LocalDate.now();
        try {
            SmeResult r = classifier.classify(new SmeFacts(body.industryCode(), body.employees(),
                    body.operatingRevenue(), body.totalAssets()), on);
            return new SizeAnswer(r.size().name(), new Category(r.category().id(),
                    LocalizedText.of(r.category().nameZh(), r.category().nameEn())), r.ruleSetId(), r.explanation());
        } catch (SmeNotCoveredException e) {
            throw Unprocessable.field("industryCode", "not-covered",
                    "该行业不适用中小企业划型标准（如金融业另有标准）", e.getMessage());
        } catch (SmeValidationException e) {
            throw Unprocessable.field(e.field(), e.rule(), zh(e.rule()), e.getMessage());
        }
    }

    private static String zh(String rule) {
        return switch (rule) {
            case "required" -> "该行业划型需要此项指标";
            case "non-negative" -> "不能为负数";
            case "known" -> "行业代码不存在";
            case "specific" -> "行业代码不够具体，无法确定划型类别";
            case "in-force" -> "该日期没有生效的划型标准";
            default -> "取值不合法";
        };
    }
}
