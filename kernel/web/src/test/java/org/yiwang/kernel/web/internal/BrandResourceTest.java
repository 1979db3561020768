package org.yiwang.kernel.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.yiwang.kernel.web.internal.BrandResource.Brand;
import org.yiwang.kernel.web.internal.BrandResource.BrandBundle;

class BrandResourceTest {

    private static Bundle bundle(long id, String name) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBundleId" -> id;
                    case "getSymbolicName" -> name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final BrandBundle CITY = new BrandBundle(bundle(42, "org.example.brand.city"),
            Map.of("name.zh", "示例市平台", "name.en", "Example City", "hotline", "0000-1", "primaryColor", "#1F5FA8"),
            BrandResourceTest.class.getResource("BrandResourceTest.class"));

    @Test
    void withNothingTheBuiltInBrandApplies() {
        Brand brand = BrandResource.resolve(Map.of(), null);
        assertEquals("中小企业公共服务平台", brand.name().zh());
        assertEquals("#C8102E", brand.primaryColor());
        assertEquals("/api/brand/logo?v=default", brand.logo());
        assertEquals("default", brand.source());
    }

    @Test
    void aBrandBundleProvidesEveryValueItDeclares() {
        Brand brand = BrandResource.resolve(Map.of("component.name", "x"), CITY);
        assertEquals("示例市平台", brand.name().zh());
        assertEquals("0000-1", brand.hotline());
        assertEquals("#1F5FA8", brand.primaryColor());
        assertEquals("localhost", brand.domain(), "what the bundle leaves out falls back to the defaults");
        assertEquals("/api/brand/logo?v=b42", brand.logo());
        assertEquals("org.example.brand.city", brand.source());
    }

    @Test
    void theConfigurationFileWinsKeyByKeyAndBlankMeansUnset() {
        Brand brand = BrandResource.resolve(Map.of("hotline", "0000-9", "name.zh", "  ", "primaryColor", "red"), CITY);
        assertEquals("0000-9", brand.hotline());
        assertEquals("示例市平台", brand.name().zh());
        assertEquals("#C8102E", brand.primaryColor(), "an invalid colour falls back to the default");
        Brand file = BrandResource.resolve(Map.of("logo.file", "/nonexistent/logo.svg"), CITY);
        assertNotEquals("/api/brand/logo?v=b42", file.logo());
    }
}
