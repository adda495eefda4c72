package vn.gov.vhcv.desk.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notice from its Thymeleaf templates: {@code templates/mail/<kind>.txt} (TEXT mode; first
 * line is the subject, then a blank line, then the body) and the HTML part from
 * {@code templates/mail/layout.html}, which prints the same paragraphs escaped ({@code th:text}).
 */
@Component
public class MailTemplates {

  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public MailTemplates() {
    engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 1));
    engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 2));
  }

  private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
    var r = new ClassLoaderTemplateResolver();
    r.setPrefix("templates/mail/");
    r.setTemplateMode(mode);
    r.setCharacterEncoding("UTF-8");
    r.setCheckExistence(true);
    r.setResolvablePatterns(Set.of(pattern));
    r.setOrder(order);
    return r;
  }

  /** A notice ready for the outbox. */
  public record Rendered(String subject, String text, String html) {}

  public Rendered render(NoticeKind kind, Map<String, ?> model) {
    Context ctx = new Context(VI);
    model.forEach(ctx::setVariable);
    String all = engine.process(kind.template() + ".txt", ctx).replace("\r\n", "\n").strip();
    int nl = all.indexOf('\n');
    String subject = (nl < 0 ? all : all.substring(0, nl)).strip();
    String body = nl < 0 ? "" : all.substring(nl + 1).strip();
    return new Rendered(subject, body, layout(subject, body));
  }

  /**
   * A notice whose text a step composed itself (no template of its own): the same plain text, and the
   * HTML part from {@code layout.html} with every line escaped.
   */
  public Rendered plain(String subject, String body) {
    String text = body == null ? "" : body.replace("\r\n", "\n").strip();
    return new Rendered(subject, text, layout(subject, text));
  }

  /** The HTML part: the subject and the paragraphs of {@code body}, escaped ({@code th:text}). */
  public String layout(String subject, String body) {
    Context page = new Context(VI);
    page.setVariable("subject", subject);
    page.setVariable("paragraphs", paragraphs(body));
    return engine.process("layout.html", page);
  }

  /** Blank-line separated paragraphs, each a list of lines (kept as lines in the HTML part). */
  private static List<List<String>> paragraphs(String body) {
    List<List<String>> out = new ArrayList<>();
    for (String p : body.split("\n\\s*\n")) {
      out.add(List.of(p.strip().split("\n")));
    }
    return out;
  }
}
