package org.yiwang.kernel.web.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;
import org.yiwang.kernel.api.rest.BodyLimit;

/**
 * Refuses bodies larger than the limit with 413, whether announced (Content-Length) or streamed.
 * The limit is the platform default unless the resource method raises it with {@link BodyLimit}.
 */
@Priority(Priorities.AUTHENTICATION - 100)
final class BodyLimitFilter implements ContainerRequestFilter {

    private final long defaultMaxBytes;

    @Context
    private ResourceInfo resource;

    BodyLimitFilter(long defaultMaxBytes) {
        this.defaultMaxBytes = defaultMaxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        BodyLimit declared = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(BodyLimit.class);
        long max = declared != null ? declared.value() : defaultMaxBytes;
        if (request.getLength() > max) {
            throw tooLarge(max);
        }
        request.setEntityStream(new Limited(request.getEntityStream(), max));
    }

    private static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, LocalizedText.of(
                "请求体超过上限 " + maxBytes + " 字节", "Request body exceeds the limit of " + maxBytes + " bytes"));
    }

    private static final class Limited extends FilterInputStream {
        private final long maxBytes;
        private long read;

        Limited(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
    }
}
