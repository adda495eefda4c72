package vn.gov.vhcv.desk.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The second baseline of the lifecycle benchmark: the desk's own models (the case, its investigation and
 * discipline called by call activities, the decision tables, the forms) deployed into the bare engine with every
 * delegate, listener and helper bean replaced by a stand-in that does nothing. What the models cost the engine
 * (process instances, activity instances, gateways, boundary events, in/out mappings, the sanction decision) is
 * then measured apart from what the desk's code adds (registration, classification, clocks and their watch
 * processes, notices and their send processes, the legal trail, the variables the delegates write).
 *
 * <p>Values a delegate would have set and a gateway, timer, due date or assignee reads come from {@link #beans()}
 * as fallbacks: the engine resolves process variables first, so whatever the users' forms submit wins.
 */
final class DeskModelsWithoutCode {

  /** The models of the main path, as the desk deploys them (the called processes bound by deployment). */
  static final List<String> RESOURCES = List.of("processes/report-case.bpmn", "processes/investigation.bpmn",
      "processes/discipline.bpmn", "processes/commendation.bpmn", "processes/sanction-recommendation.dmn",
      "processes/commendation-level.dmn");

  private static final Pattern BEAN = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

  private DeskModelsWithoutCode() {}

  /** Deploys the models and the forms they reference into the given (bare) engine. */
  static void deploy(ProcessEngine engine) {
    DeploymentBuilder d = engine.getRepositoryService().createDeployment().name("benchmark-desk-models");
    for (String r : RESOURCES) {
      d.addString(r.substring(r.indexOf('/') + 1), read(r));
    }
    for (String form : formsReferenced()) {
      d.addString(form + ".form", read("forms/" + form + ".form"));
    }
    d.deploy();
  }

  /** Stand-ins for every bean the models name, the deadline helper, and fallback values of the delegates' variables. */
  static Map<Object, Object> beans() {
    Map<Object, Object> beans = new LinkedHashMap<>();
    StandIn standIn = new StandIn();
    for (String r : RESOURCES) {
      Matcher m = BEAN.matcher(read(r));
      while (m.find()) {
        beans.put(m.group(1), standIn);
      }
    }
    Date in30Days = new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
    beans.put("deadlines", new StandInDeadlines(in30Days));
    for (String due : List.of("acknowledgementDue", "resolutionDue", "explanationDue", "informationDue", "disciplineDue",
        "councilMeetingDue", "appealDue", "postponedUntil")) {
      beans.put(due, in30Days);
    }
    beans.put("anonymousLetter", false);
    beans.put("investigatorCleared", true);
    beans.put("limitationExpired", false);
    beans.put("councilRequired", true);
    beans.put("councilAdjourned", false);
    return beans;
  }

  private static List<String> formsReferenced() {
    Pattern formRef = Pattern.compile("camunda:formRef=\"([\\w-]+)\"");
    java.util.Set<String> forms = new java.util.TreeSet<>();
    for (String r : RESOURCES) {
      Matcher m = formRef.matcher(read(r));
      while (m.find()) {
        forms.add(m.group(1));
      }
    }
    return List.copyOf(forms);
  }

  private static String read(String resource) {
    try (InputStream in = DeskModelsWithoutCode.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("not on the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A delegate, task listener and execution listener that does nothing. */
  static final class StandIn implements JavaDelegate, TaskListener, ExecutionListener {
    @Override
    public void execute(DelegateExecution execution) {
      // the desk's code is what this baseline leaves out
    }

    @Override
    public void notify(DelegateTask task) {
      // as above
    }

    @Override
    public void notify(DelegateExecution execution) {
      // as above
    }
  }

  /** The due-date helper of the models, answering a fixed day a month ahead. */
  public static final class StandInDeadlines {
    private final Date in30Days;

    StandInDeadlines(Date in30Days) {
      this.in30Days = in30Days;
    }

    public Date workingDaysFromNow(int days) {
      return in30Days;
    }

    public Date workingDaysFromNowWithin(int days, Object limit) {
      return in30Days;
    }

    public Date followUp(Object execution, Object due) {
      return in30Days;
    }
  }
}
