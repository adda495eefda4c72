package vn.gov.vhcv.desk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart upload whose file name Tomcat refuses (a NUL in it: {@code InvalidFileNameException}) gets a clear
 * Vietnamese 400 instead of a 500: the parts are parsed here, before Spring Security's CSRF filter reads the first
 * parameter and meets the exception. Every other problem of the parts (sizes, a broken body) is left to the
 * usual handling: Tomcat keeps it and raises it again when the parts are read later, except an upload to the report
 * form past the whole request's cap, sent back to the form with the reason ({@code ?error=too-large}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
public class UploadFileNameFilter extends OncePerRequestFilter {

  static final String MESSAGE = "Tên tệp đính kèm có ký tự không hợp lệ; đổi tên tệp rồi gửi lại.";

  /** Multipart forms of the desk's own pages; Camunda's servlets read their bodies themselves. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
        || path.startsWith("/engine-rest") || path.startsWith("/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Exception e = partsRefused(request);
    if (e != null) {
      if (causedBy(e, InvalidFileNameException.class)) {
        page(response, HttpServletResponse.SC_BAD_REQUEST, "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
            + "<title>Không nhận được tệp</title></head><body><main><h1>Không nhận được tệp</h1><p>" + MESSAGE
            + "</p><p><a href=\"/\">Về trang chủ</a></p></main></body></html>");
        return;
      }
      if (tooLarge(e) && "POST".equals(request.getMethod())
          && "/portal/report".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
        // the whole upload passed the request cap: nothing of it was read, the form comes back with the reason
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/portal/report?error=too-large");
        return;
      }
      if (e instanceof RuntimeException r && !(e instanceof IllegalStateException)) {
        throw r;
      }
      // sizes and broken bodies: Tomcat raises them again where the parts are read (the usual answers)
    }
    chain.doFilter(request, response);
  }

  private static boolean tooLarge(Throwable e) {
    return causedBy(e, org.apache.tomcat.util.http.fileupload.impl.SizeException.class);
  }

  /**
   * Reads a multipart request's parts now, so that a filter can answer Tomcat's refusal of them in Vietnamese;
   * the refusal, or null when the parts were read.
   */
  public static Exception partsRefused(HttpServletRequest request) {
    try {
      request.getParts();
      return null;
    } catch (RuntimeException | IOException | ServletException e) {
      return e;
    }
  }

  /** Answers a refused upload with a page of its own, never cached. */
  public static void page(HttpServletResponse response, int status, String html) throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether Tomcat's refusal of the parts was, at its root or on the way, a {@code type}. */
  public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
