package vn.gov.vhcv.desk.casefile;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * The engine's history level of the desk ({@code camunda.bpm.history-level: case-audit}): everything of level
 * {@code full} — process, activity and task instances, variables' final values, the user operation log (who
 * completed, claimed, reassigned or changed what in Tasklist and Cockpit), identity links, incidents, decision
 * evaluations (the reasoning behind a sanction recommendation) and failed jobs — except two kinds of rows
 * that no reader of a case needs and that were 30 % of everything the engine wrote per case (benchmark
 * "rows"): one detail row per variable write ({@code ACT_HI_DETAIL}; the legal trail of each step — who,
 * what, when, with which legal basis — is the desk's own {@code case_event} and {@code audit_log}) and the
 * log of jobs that were created and ran fine ({@code ACT_HI_JOB_LOG}; failures are still logged).
 *
 * <p>It reports the id of {@code full}, so a database that was set up with {@code full} keeps starting, and
 * switching back to {@code full} needs nothing but the property.
 */
@Component
public class CaseHistoryLevel extends AbstractProcessEnginePlugin implements HistoryLevel {

  public static final String NAME = "case-audit";

  private static final Set<HistoryEventType> LEFT_OUT = Set.of(
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.JOB_CREATE,
      HistoryEventTypes.JOB_SUCCESS,
      HistoryEventTypes.JOB_DELETE);

  @Override
  public int getId() {
    return HISTORY_LEVEL_FULL.getId();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !LEFT_OUT.contains(eventType) && HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(this);
  }
}
