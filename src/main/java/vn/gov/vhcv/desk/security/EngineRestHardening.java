package vn.gov.vhcv.desk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.engine.EngineContext;

/**
 * What the desk adds to Camunda's REST applications — the engine REST API ({@code /engine-rest}) and the
 * webapps' engine API that Tasklist, Cockpit and Admin call ({@code /camunda/api/engine}). Jersey registers it
 * in every application it starts (a forced auto-discoverable feature, {@code META-INF/services}), so both get it
 * without touching Camunda's own application classes:
 * <ul>
 *   <li>{@code POST …/identity/verify} (does this user id have this password?) answers 403 to anyone outside
 *       {@code camunda-admin}: without it every staff user could test a colleague's passwords.</li>
 *   <li>Two completions of one task racing: the loser used to get a 500 with a stack trace in the log
 *       ({@link OptimisticLockingException}, "Cannot find task" once the winner had completed it, or a lock wait
 *       given up); it now gets a 409 with a Vietnamese message, as the desk's own API answers, and the log one
 *       INFO line instead of Camunda's ERROR with a stack trace.</li>
 *   <li>A step's {@link Refusal} (a date after the deadline, a missing reason) is answered 400 with the Vietnamese
 *       reason as the whole message: Camunda's resources put "Cannot submit task form &lt;id&gt;: " or "Cannot
 *       complete task &lt;id&gt;: " before it, and Tasklist shows the message as it comes.</li>
 * </ul>
 */
public class EngineRestHardening implements ForcedAutoDiscoverable {

  private static final Logger log = LoggerFactory.getLogger(EngineRestHardening.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String VERIFY_REFUSED = "Chỉ quản trị viên (nhóm camunda-admin) được kiểm tra mật khẩu của một tài khoản";
  static final String CONFLICT = "Việc này vừa được người khác hoàn thành hoặc thay đổi; vui lòng tải lại danh sách việc";

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(VerifyPasswordGuard.class)) {
      context.register(VerifyPasswordGuard.class);
      context.register(RestConflicts.class);
      context.register(EngineConflicts.class);
    }
  }

  private static Response json(int status, String type, String message) {
    String body = "{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}";
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body.getBytes(StandardCharsets.UTF_8)).build();
  }

  /** {@code identity/verify} for administrators only. */
  @Priority(Priorities.AUTHORIZATION)
  public static class VerifyPasswordGuard implements ContainerRequestFilter {

    private static final Pattern VERIFY = Pattern.compile("^/?(?:engine/([^/]+)/)?identity/verify/?$");

    @Override
    public void filter(ContainerRequestContext request) {
      Matcher m = VERIFY.matcher(request.getUriInfo().getPath());
      if (!m.matches()) {
        return;
      }
      if (!groupsOfCaller(m.group(1)).contains(StaffRoles.ADMIN)) {
        request.abortWith(json(403, "AuthorizationException", VERIFY_REFUSED));
      }
    }

    /** The caller's groups: the engine REST's HTTP Basic user, or the webapps' session user. */
    private static List<String> groupsOfCaller(String engineName) {
      ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName);
      List<String> engineGroups = engine == null ? null : EngineContext.currentGroupIds(engine);
      if (engineGroups != null) {
        return engineGroups;
      }
      Authentications webapp = Authentications.getCurrent();
      if (webapp != null && engine != null
          && webapp.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user
          && user.getGroupIds() != null) {
        return user.getGroupIds();
      }
      return List.of();
    }
  }

  /**
   * Camunda's resources wrap what the engine throws ({@code RestException} with a 500, "Cannot complete task …");
   * a mapper of the same type with a higher priority than Camunda's sees it first, answers a step's refusal with its
   * reason alone and 409 for a concurrent change, and leaves every other failure to Camunda's own answer.
   */
  @Priority(1000)
  public static class RestConflicts implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException e) {
      return conflictOr(e);
    }
  }

  /** The same for engine exceptions a resource lets through unwrapped. */
  @Priority(1000)
  public static class EngineConflicts implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException e) {
      return conflictOr(e);
    }
  }

  private static Response conflictOr(Exception e) {
    Refusal refusal = refusalIn(e);
    if (refusal != null) {
      return refused(refusal);
    }
    String conflict = concurrentChange(e);
    if (conflict == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(e); // Camunda's answer, logged as Camunda logs it
    }
    log.info("engine REST: concurrent change answered with 409 ({})", conflict);
    return json(409, "ConcurrentChange", CONFLICT);
  }

  /** The step's refusal among the causes (Camunda wraps it in its form-field validation and REST exceptions), or null. */
  static Refusal refusalIn(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof Refusal r) {
        return r;
      }
    }
    return null;
  }

  /** 400 with the reason alone, in the shape of Camunda's error answers ({@code type}, {@code message}). */
  private static Response refused(Refusal refusal) {
    ObjectNode body = JSON.createObjectNode().put("type", "Refusal").put("message", refusal.getMessage());
    return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body.toString().getBytes(StandardCharsets.UTF_8)).build();
  }

  /**
   * What in the causes says another transaction got there first — the task's row changed (optimistic lock), the
   * task is gone ("Cannot find task with id"), or the database gave up waiting for a row another transaction held
   * (SQL state class 40, PostgreSQL 55P03, H2 50200) — or null.
   */
  static String concurrentChange(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return "optimistic locking: " + firstLine(t.getMessage());
      }
      if (t instanceof NullValueException && t.getMessage() != null && t.getMessage().startsWith("Cannot find task with id")) {
        return "task gone: " + firstLine(t.getMessage());
      }
      if (t instanceof SQLException sql && ((sql.getSQLState() != null
          && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("55P03"))) || sql.getErrorCode() == 50200)) {
        return "lock wait: " + firstLine(t.getMessage());
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
