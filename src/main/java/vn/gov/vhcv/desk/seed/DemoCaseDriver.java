package vn.gov.vhcv.desk.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * Demo profile: moves a demo case forward through its processes as the demo users, following the
 * steps under "demo" in seeds/demo/reports.json, so every kind of task has a case waiting. A step
 * runs only when the case waits at that step's task, so a restart changes nothing.
 *
 * <p>A step is submitted as the task's form submits it in Tasklist ({@code FormService.submitTaskForm}): text,
 * selects and radios as strings, the date fields as the dd/mm/yyyy text they take — "@today" is today,
 * "@workdays:N" the N-th working day from today — so the demo goes on only where a user in Tasklist could.
 */
@Component
public class DemoCaseDriver {

  private static final Logger log = LoggerFactory.getLogger(DemoCaseDriver.class);

  private final ProcessEngine engine;
  private final WorkingCalendar calendar;
  private final DeskClock clock;

  public DemoCaseDriver(ProcessEngine engine, WorkingCalendar calendar, DeskClock clock) {
    this.engine = engine;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Carries out the steps; false (and a warning in the log) when one could not be carried out. */
  public boolean drive(String trackingCode, JsonNode steps) {
    runJobs(trackingCode);  // "Đăng ký hồ sơ" is asynchronous
    for (JsonNode step : steps) {
      try {
        if (step.has("message")) {
          correlate(trackingCode, step.get("message").asText());
        } else {
          complete(trackingCode, step.get("task").asText(), step.get("user").asText(), values(step.get("vars")));
        }
        runJobs(trackingCode);
      } catch (RuntimeException e) {
        log.warn("Hồ sơ demo {}: không thực hiện được bước {}: {}", trackingCode, step, e.getMessage());
        return false;
      }
    }
    return true;
  }

  private void complete(String code, String taskKey, String user, Map<String, Object> vars) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).list();
    if (tasks.size() != 1) {
      return;
    }
    var identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      engine.getFormService().submitTaskForm(tasks.get(0).getId(), vars);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void correlate(String code, String message) {
    boolean waiting = engine.getRuntimeService().createEventSubscriptionQuery().eventType("message").eventName(message).list()
        .stream().anyMatch(s -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(s.getProcessInstanceId())
            .processInstanceBusinessKey(code).count() > 0);
    if (waiting) {
      engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(code).correlate();
    }
  }

  private void runJobs(String code) {
    for (int guard = 0; guard < 10; guard++) {
      var pis = new HashSet<>(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).list()
          .stream().map(ProcessInstance::getId).toList());
      if (pis.isEmpty()) {
        return;
      }
      var jobs = engine.getManagementService().createJobQuery().processInstanceIds(pis).executable().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      try {
        engine.getManagementService().executeJob(jobs.get(0).getId());
      } catch (RuntimeException e) {
        log.debug("demo job {} ran elsewhere: {}", jobs.get(0).getId(), e.getMessage());
      }
    }
  }

  private Map<String, Object> values(JsonNode vars) {
    Map<String, Object> m = new HashMap<>();
    if (vars == null) {
      return m;
    }
    vars.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isBoolean()) {
        m.put(e.getKey(), v.asBoolean());
      } else if (v.isNumber()) {
        m.put(e.getKey(), v.asLong());
      } else if ("@today".equals(v.asText())) {
        m.put(e.getKey(), Decisions.dayText(clock.today()));
      } else if (v.asText().startsWith("@workdays:")) {
        m.put(e.getKey(), Decisions.dayText(calendar.addWorkingDays(clock.today(), Integer.parseInt(v.asText().substring(10)))));
      } else {
        m.put(e.getKey(), v.asText());
      }
    });
    return m;
  }
}
