package org.yiwang.kernel.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.yiwang.brand}, file {@code etc/org.yiwang.brand.cfg}: the platform's 五统一 identity. */
@ObjectClassDefinition(name = "Yiwang brand")
public @interface BrandConfig {

    @AttributeDefinition(description = "Platform name in Chinese")
    String name_zh() default "中小企业公共服务平台";

    @AttributeDefinition(description = "Platform name in English")
    String name_en() default "SME Public Service Platform";

    @AttributeDefinition(description = "Logo file (SVG or PNG) served at /api/brand/logo; empty means the built-in Yiwang logo")
    String logo_file() default "";

    @AttributeDefinition(description = "Primary colour, #RRGGBB")
    String primaryColor() default "#C8102E";

    @AttributeDefinition(description = "Service hotline shown on every page")
    String hotline() default "12345";

    @AttributeDefinition(description = "The platform's public domain name")
    String domain() default "localhost";

    @AttributeDefinition(description = "Footer text in Chinese")
    String footer_zh() default "";

    @AttributeDefinition(description = "Footer text in English")
    String footer_en() default "";
}
