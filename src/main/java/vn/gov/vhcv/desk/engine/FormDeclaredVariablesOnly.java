package vn.gov.vhcv.desk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
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
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * Process variables are user input: whoever holds a task can send any variable with its completion, through the
 * engine REST API, Tasklist or the desk's API. This engine plugin admits only what the task's deployed Camunda form
 * declares:
 *
 * <ul>
 *   <li>a completion ({@code complete}, {@code submit-form}) that carries a variable its form has no field for is
 *       refused whole, with the names, before anything changes (HTTP 400 through the engine REST API);
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
  private final Map<String, Set<String>> fieldsByTaskDefinition = new ConcurrentHashMap<>();
  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    List<CommandInterceptor> pre = configuration.getCustomPreCommandInterceptorsTxRequired();
    if (pre == null) {
      pre = new ArrayList<>();
      configuration.setCustomPreCommandInterceptorsTxRequired(pre);
    }
    pre.add(new Guard());
  }

  private final class Guard extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null) {
        return next.execute(command); // a step of the desk inside a running command
      }
      if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        String taskId = field(command, "taskId");
        Map<String, ?> variables = command instanceof CompleteTaskCmd ? field(command, "variables") : field(command, "properties");
        if (variables != null && !variables.isEmpty()) {
          checkDeclared(taskId, variables.keySet());
        }
        try {
          return next.execute(command);
        } catch (ProcessEngineException e) {
          Refusal refusal = refusalIn(e);
          if (refusal != null) {
            throw new FormFieldValidationException(null, refusal.getMessage(), refusal);
          }
          throw e;
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

  private void checkDeclared(String taskId, Collection<String> names) {
    if (configuration.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
      return; // not the caller's task (or none): the completion answers that, and tells nothing of its form
    }
    Set<String> allowed = configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return null; // the completion itself says the task does not exist
      }
      String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
      Set<String> known = fieldsByTaskDefinition.get(key);
      if (known == null) {
        known = formFields(taskId);
        fieldsByTaskDefinition.put(key, known);
      }
      return known;
    }));
    if (allowed == null) {
      return;
    }
    Set<String> extra = new TreeSet<>(names);
    extra.removeAll(allowed);
    if (!extra.isEmpty()) {
      String message = "Biểu mẫu của công việc này không có trường " + String.join(", ", extra)
          + "; chỉ được gửi các trường của biểu mẫu. Không có gì được ghi.";
      throw new FormFieldValidationException(null, message, new Refusal(message));
    }
  }

  /** The names a task's deployed Camunda form submits: the key of every input field, groups and lists included. */
  private Set<String> formFields(String taskId) {
    InputStream form;
    try {
      form = configuration.getFormService().getDeployedTaskForm(taskId);
    } catch (ProcessEngineException noForm) {
      return Set.of();
    }
    try (form) {
      Set<String> keys = new HashSet<>();
      collect(json.readTree(form), keys);
      return Set.copyOf(keys);
    } catch (IOException e) {
      throw new ProcessEngineException("Không đọc được biểu mẫu của công việc " + taskId, e);
    }
  }

  private static void collect(JsonNode node, Set<String> keys) {
    for (JsonNode c : node.path("components")) {
      String type = c.path("type").asText();
      if (c.hasNonNull("key") && !NON_INPUT_TYPES.contains(type)) {
        keys.add(c.get("key").asText());
      }
      collect(c, keys);
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
