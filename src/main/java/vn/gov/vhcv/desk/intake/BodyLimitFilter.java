package vn.gov.vhcv.desk.intake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.vhcv.desk.DeskProperties;

/**
 * Caps JSON bodies of the desk's API (a staff letter, {@code POST /api/cases}, has its own larger cap): a declared
 * length over the limit is refused at once with 413,
 * and a chunked body is cut off when it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final long maxStaffLetterBytes;

  public BodyLimitFilter(DeskProperties properties) {
    this.maxBytes = properties.publicApi().maxBodyBytes();
    this.maxStaffLetterBytes = Math.max(maxBytes, properties.publicApi().maxStaffLetterBytes());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String type = request.getContentType();
    return !uri.startsWith("/api/") || (type != null && type.startsWith("multipart/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // a staff letter may be long (its text is checked against ReportRequest.MAX_STAFF_DESCRIPTION with a clear 400)
    long maxBytes = "POST".equals(request.getMethod()) && "/api/cases".equals(request.getRequestURI())
        ? maxStaffLetterBytes : this.maxBytes;
    if (request.getContentLengthLong() > maxBytes) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(
          "{\"status\":413,\"message\":\"Nội dung gửi lên quá lớn\",\"errors\":[]}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(new LimitedRequest(request, maxBytes), response);
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++read > max) {
              throw new BodyTooLargeException();
            }
            return b;
          }

          @Override
          public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0 && (read += n) > max) {
              throw new BodyTooLargeException();
            }
            return n;
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
