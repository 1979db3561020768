package org.yiwang.kernel.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the platform's two languages: Chinese (zh-CN, the default) and English.
 * Serialised as {@code {"zh": "…", "en": "…"}}.
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The text for a locale: English for any {@code en*} locale, Chinese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
