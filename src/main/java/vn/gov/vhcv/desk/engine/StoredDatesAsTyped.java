package vn.gov.vhcv.desk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.DateValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * A day a step stored (a {@code Date} variable: the day a meeting was held, a postponement ends, a decision was
 * signed) is shown to the user again as the desk's forms take it, {@code dd/MM/yyyy}: the form variables a Camunda
 * form is filled with ({@code GET …/task/{id}/form-variables}, which Tasklist loads) carry such a variable as the
 * text {@code 01/03/2027} when the task's form has a text field of that name, instead of Camunda's ISO timestamp
 * ({@code 2027-03-01T23:59:59.000+0700}), which a user cannot read and the field's dd/mm/yyyy pattern refuses.
 * Sent back unchanged, the text is the same day again. Nothing stored changes; other variables and other readers of
 * the variables are untouched.
 */
@Component
public class StoredDatesAsTyped extends AbstractProcessEnginePlugin {

  private static final Set<String> TEXT_FIELDS = Set.of("textfield", "textarea");

  private final DeskClock clock;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Set<String>> textFieldsByTaskDefinition = new ConcurrentHashMap<>();
  private ProcessEngineConfigurationImpl configuration;

  public StoredDatesAsTyped(DeskClock clock) {
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    CommandInterceptors.addBeforeCommandContext(configuration, new CommandInterceptor() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T execute(Command<T> command) {
        boolean caller = Context.getCommandContext() == null; // not a step of the desk inside a running command
        T result = next.execute(command);
        if (caller && command instanceof GetTaskFormVariablesCmd cmd
            && result instanceof VariableMap variables) {
          return (T) datesAsTyped(cmd.resourceId, variables);
        }
        return result;
      }
    });
  }

  private VariableMap datesAsTyped(String taskId, VariableMap variables) {
    Set<String> dates = new HashSet<>();
    for (String name : variables.keySet()) {
      if (variables.getValueTyped(name) instanceof DateValue d && d.getValue() != null) {
        dates.add(name);
      }
    }
    if (dates.isEmpty()) {
      return variables;
    }
    dates.retainAll(textFields(taskId));
    if (dates.isEmpty()) {
      return variables;
    }
    VariableMap shown = Variables.createVariables();
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      if (dates.contains(name)) {
        Date day = ((DateValue) value).getValue();
        shown.putValueTyped(name, Variables.stringValue(Decisions.dayText(day.toInstant().atZone(clock.zone()).toLocalDate())));
      } else {
        shown.putValueTyped(name, value);
      }
    }
    return shown;
  }

  /** The keys of the text fields of the task's deployed Camunda form (none without one). */
  private Set<String> textFields(String taskId) {
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getProcessDefinitionId() == null) {
        return Set.<String>of();
      }
      return textFieldsByTaskDefinition.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
          key -> readTextFields(taskId));
    }));
  }

  private Set<String> readTextFields(String taskId) {
    InputStream form;
    try {
      form = configuration.getFormService().getDeployedTaskForm(taskId);
    } catch (ProcessEngineException noCamundaForm) {
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
      if (c.hasNonNull("key") && TEXT_FIELDS.contains(c.path("type").asText())) {
        keys.add(c.get("key").asText());
      }
      collect(c, keys);
    }
  }
}
