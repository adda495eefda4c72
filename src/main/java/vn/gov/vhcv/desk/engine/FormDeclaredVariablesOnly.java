package vn.gov.vhcv.desk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * Process variables are user input: whoever holds a task can send any variable with its completion, through the
 * engine REST API, Tasklist or the desk's API. This engine plugin admits only what the task's deployed Camunda form
 * declares:
 *
 * <ul>
 *   <li>a completion ({@code complete}, {@code submit-form}) that carries a variable its form has no field for is
 *       refused whole, with the names, before anything changes (HTTP 400 through the engine REST API); the values
 *       of fields the form only shows (read-only) come back with it from Tasklist and are dropped, never written;
 *   <li>a user who is not an administrator ({@code camunda-admin}) cannot set or remove variables outside a
 *       completion ({@code PUT/POST …/variables}, {@code …/localVariables}) — HTTP 403 — nor add or remove a task's
 *       candidate groups and users, which scope the case's work to its units ({@code …/identity-links});
 *   <li>a step that refuses a completion with a {@link Refusal} reaches the caller as that Vietnamese message (HTTP
 *       400), not as the engine's "exception while invoking the TaskListener" (HTTP 500).
 * </ul>
 *
 * Only commands a caller starts are checked: the desk's own steps set variables inside a running command and are
 * not user input. The allowed names are read once per task definition from the deployed form.
 */
@Component
public class FormDeclaredVariablesOnly extends AbstractProcessEnginePlugin {

  static final String ADMIN_GROUP = "camunda-admin";
  private static final Set<String> NON_INPUT_TYPES = Set.of("text", "button", "spacer", "separator", "image", "html");

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Fields> fieldsByTaskDefinition = new ConcurrentHashMap<>();
  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    CommandInterceptors.addBeforeCommandContext(configuration, new Guard());
    CommandInterceptors.addInsideCommandContext(configuration, new DeclaredFieldsCheck());
  }

  /** The completion a caller started on this thread, checked once its command context is open. */
  private final ThreadLocal<Command<?>> callersCompletion = new ThreadLocal<>();

  /** Before the command context: tells a caller's command from the desk's own steps, and maps refusals. */
  private final class Guard extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null) {
        return next.execute(command); // a step of the desk inside a running command
      }
      if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        callersCompletion.set(command);
        try {
          return next.execute(command);
        } catch (ProcessEngineException e) {
          Refusal refusal = refusalIn(e);
          if (refusal != null) {
            throw new FormFieldValidationException(null, refusal.getMessage(), refusal);
          }
          throw e;
        } finally {
          callersCompletion.remove();
        }
      }
      if ((command instanceof AddGroupIdentityLinkCmd || command instanceof DeleteGroupIdentityLinkCmd
          || command instanceof AddUserIdentityLinkCmd || command instanceof DeleteUserIdentityLinkCmd)
          && !mayWriteVariablesDirectly()) {
        // candidate groups are the unit scoping of the case's work: the desk sets them, an administrator corrects them
        throw new AuthorizationException("Chỉ quản trị viên được đổi nhóm hoặc người được giao xử lý một công việc; "
            + "việc của hồ sơ thuộc đơn vị giải quyết hồ sơ.");
      }
      if ((command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd) && !mayWriteVariablesDirectly()) {
        throw new AuthorizationException("Chỉ được ghi dữ liệu của hồ sơ qua biểu mẫu của công việc khi hoàn thành nó; "
            + "không được đặt hay xoá biến của quy trình trực tiếp.");
      }
      return next.execute(command);
    }
  }

  /**
   * Inside the caller's command context, before the completion runs: the task is read once (the completion finds it
   * again in the context's cache), its work authorization checked as the completion checks it, then the submitted
   * names against its form — all in the completion's own transaction.
   */
  private final class DeclaredFieldsCheck extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (command == callersCompletion.get()) {
        callersCompletion.remove();
        boolean complete = command instanceof CompleteTaskCmd;
        String taskId = field(command, "taskId");
        Map<String, ?> variables = complete ? field(command, "variables") : field(command, "properties");
        if (variables != null && !variables.isEmpty()) {
          Set<String> shownOnly = checkDeclared(Context.getCommandContext(), taskId, variables.keySet());
          if (!shownOnly.isEmpty()) {
            // what a form only shows comes back with it from Tasklist: it is never written
            setField(command, complete ? "variables" : "properties", without(variables, shownOnly));
          }
        }
      }
      return next.execute(command);
    }
  }

  /** A form's input fields, and the fields it only shows (read-only). */
  record Fields(Set<String> inputs, Set<String> shown) {
    static final Fields NONE = new Fields(Set.of(), Set.of());
  }

  /**
   * Refuses names the task's form does not have; returns the submitted names the form only shows, which are dropped.
   * A task the caller may not work on is refused as the completion refuses it, before a refusal tells anything of its
   * form; a submission the form accepts is left to the completion's own authorization check (not made twice).
   */
  private Set<String> checkDeclared(CommandContext context, String taskId, Collection<String> names) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return Set.of(); // the completion answers that the task does not exist
    }
    Fields form = fieldsByTaskDefinition.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> context.runWithoutAuthorization(() -> formFields(taskId)));
    if (form == null) {
      return Set.of();
    }
    Set<String> extra = new TreeSet<>(names);
    extra.removeAll(form.inputs());
    extra.removeAll(form.shown());
    if (!extra.isEmpty()) {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
      String message = "Biểu mẫu của công việc này không có trường " + String.join(", ", extra)
          + "; chỉ được gửi các trường của biểu mẫu. Không có gì được ghi.";
      throw new FormFieldValidationException(null, message, new Refusal(message));
    }
    Set<String> shown = new HashSet<>(names);
    shown.retainAll(form.shown());
    return shown;
  }

  /** The names a task's deployed Camunda form submits: the key of every field, groups and lists included. */
  private Fields formFields(String taskId) {
    InputStream form;
    try {
      form = configuration.getFormService().getDeployedTaskForm(taskId);
    } catch (ProcessEngineException noForm) {
      return Fields.NONE;
    }
    try (form) {
      Set<String> inputs = new HashSet<>();
      Set<String> shown = new HashSet<>();
      collect(json.readTree(form), inputs, shown);
      return new Fields(Set.copyOf(inputs), Set.copyOf(shown));
    } catch (IOException e) {
      throw new ProcessEngineException("Không đọc được biểu mẫu của công việc " + taskId, e);
    }
  }

  private static void collect(JsonNode node, Set<String> inputs, Set<String> shown) {
    for (JsonNode c : node.path("components")) {
      String type = c.path("type").asText();
      if (c.hasNonNull("key") && !NON_INPUT_TYPES.contains(type)) {
        (c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false) ? shown : inputs).add(c.get("key").asText());
      }
      collect(c, inputs, shown);
    }
  }

  /** The desk's own code (no user signed in) and administrators, who correct a case in Cockpit. */
  private boolean mayWriteVariablesDirectly() {
    Authentication user = configuration.getIdentityService().getCurrentAuthentication();
    return user == null || (user.getGroupIds() != null && user.getGroupIds().contains(ADMIN_GROUP));
  }

  private static Refusal refusalIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Refusal r) {
        return r;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** The submission less {@code names}, each value with its type as it came. */
  private static VariableMap without(Map<String, ?> variables, Set<String> names) {
    VariableMap kept = Variables.createVariables();
    for (String name : variables.keySet()) {
      if (!names.contains(name)) {
        if (variables instanceof VariableMap typed) {
          kept.putValueTyped(name, typed.getValueTyped(name));
        } else {
          kept.put(name, variables.get(name));
        }
      }
    }
    return kept;
  }

  private static void setField(Object command, String name, Object value) {
    for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(command, value);
        return;
      } catch (NoSuchFieldException next) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName() + " has no field " + name);
  }

  @SuppressWarnings("unchecked")
  private static <V> V field(Object command, String name) {
    for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return (V) f.get(command);
      } catch (NoSuchFieldException next) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName() + " has no field " + name);
  }
}
