package org.yiwang.kernel.api.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

/**
 * An uploaded file that passed the platform's checks: a plain file name (no path, no control
 * characters, at most 200 characters), non-empty content of at most the module's limit, and a type
 * recognised by its content ({@link ContentTypes}).
 *
 * @param name        the file name as given, stripped
 * @param contentType the media type recognised from the bytes
 * @param bytes       the content
 */
public record Upload(String name, String contentType, byte[] bytes) {

    /** The longest accepted file name. */
    public static final int MAX_NAME = 200;

    /**
     * Reads and checks an upload: 400 naming {@code name} and {@code content} when they are missing or
     * malformed, 413 past {@code maxBytes} (whatever Content-Length said), {@code unsupportedType}
     * (the module's 415 problem) when the content is none of the accepted types.
     */
    public static Upload read(String fileName, InputStream body, int maxBytes, ProblemType unsupportedType)
            throws IOException {
        List<FieldError> errors = new ArrayList<>();
        String name = fileName == null ? null : fileName.strip();
        if (name == null || name.isEmpty()) {
            errors.add(FieldError.of("name", "required", "name 必须填写", "name is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(FieldError.of("name", "max-length", "name 最多 " + MAX_NAME + " 个字符",
                    "name must be at most " + MAX_NAME + " characters"));
        }
        if (name != null && (name.contains("/") || name.contains("\\") || name.chars().anyMatch(Character::isISOControl))) {
            errors.add(FieldError.of("name", "pattern", "文件名不能包含路径或控制字符",
                    "name must not contain paths or control characters"));
        }
        byte[] content = body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, LocalizedText.of(
                    "附件不能超过 " + mebibytes(maxBytes), "An attachment must be at most " + mebibytes(maxBytes)));
        }
        if (content.length == 0) {
            errors.add(FieldError.of("content", "required", "附件内容为空", "The attachment is empty"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String type = ContentTypes.detect(content).orElseThrow(() -> new ProblemException(unsupportedType,
                LocalizedText.of("只接受 PDF、PNG、JPEG、DOCX 和 XLSX 文件（按内容识别）",
                        "Only PDF, PNG, JPEG, DOCX and XLSX files are accepted (recognised by content)")));
        return new Upload(name, type, content);
    }

    private static String mebibytes(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
