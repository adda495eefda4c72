package vn.gov.vhcv.desk.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import vn.gov.vhcv.desk.security.UploadFileNameFilter;

/**
 * A file over the multipart limit (10 MB, {@code spring.servlet.multipart.max-file-size}) sent to the case page's
 * upload ({@code POST /staff/cases/{code}/files}) never reaches {@link CaseFilesController}: Tomcat refuses the parts.
 * The staff member gets a Vietnamese page with the limit and a link back to the case, instead of an empty 413.
 * Nothing is stored (the controller never runs).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class CaseFileSizeFilter extends OncePerRequestFilter {

  static final Pattern PATH = Pattern.compile("/staff/cases/([A-Za-z0-9-]{1,32})/files");
  static final String MESSAGE = "Tệp lớn hơn 10 MB (hoặc tổng các tệp quá lớn): mỗi tệp tối đa 10 MB. Không tệp nào được lưu.";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !"POST".equals(request.getMethod()) || type == null
        || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
        || !PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Exception e = UploadFileNameFilter.partsRefused(request);
    if (e != null) {
      if (UploadFileNameFilter.causedBy(e, SizeException.class)) {
        var code = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        code.matches();
        String back = "/staff/cases/" + HtmlUtils.htmlEscape(code.group(1).toUpperCase(java.util.Locale.ROOT)) + "#evidence";
        UploadFileNameFilter.page(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Không nhận tệp</title>"
            + "<link rel=\"stylesheet\" href=\"/assets/desk.css\"></head><body class=\"staff-page\"><main id=\"main\">"
            + "<h1>Không nhận tệp</h1><div class=\"errors\" role=\"alert\"><p>" + MESSAGE + "</p></div>"
            + "<p><a href=\"" + back + "\">Quay lại hồ sơ</a></p></main></body></html>");
        return;
      }
      // anything else is answered where the parts are read, as usual
    }
    chain.doFilter(request, response);
  }
}
