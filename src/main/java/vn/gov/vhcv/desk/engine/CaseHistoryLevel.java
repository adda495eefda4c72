package vn.gov.vhcv.desk.engine;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's history level of the desk ({@code camunda.bpm.history-level: case-audit}): everything of level
 * {@code full} — process, activity and task instances, variables' final values, the user operation log (who
 * completed, claimed, reassigned or changed what in Tasklist and Cockpit), identity links, incidents, decision
 * evaluations (the reasoning behind a sanction recommendation) and failed jobs — except two kinds of rows
 * that no reader of a case needs and that were 30 % of everything the engine wrote per case (benchmark
 * "rows"): one detail row per variable write ({@code ACT_HI_DETAIL}; the legal trail of each step — who,
 * what, when, with which legal basis — is the desk's own {@code case_event} and {@code audit_log}) and the
 * log of jobs that were created and ran fine ({@code ACT_HI_JOB_LOG}; failures are still logged). The
 * {@code send-notice} processes leave no process or activity instances either: a notice's record — recipient,
 * subject, attempts, when it was sent or why it failed — is its row in {@code notification_outbox}, and their
 * incidents are still kept; they were 64 of the 361 rows a case wrote.
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

  /** Process and activity instance events: start, update, end, migration. */
  private static final Set<HistoryEventType> INSTANCE_EVENTS = Set.of(
      HistoryEventTypes.PROCESS_INSTANCE_START, HistoryEventTypes.PROCESS_INSTANCE_UPDATE,
      HistoryEventTypes.PROCESS_INSTANCE_MIGRATE, HistoryEventTypes.PROCESS_INSTANCE_END,
      HistoryEventTypes.ACTIVITY_INSTANCE_START, HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
      HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE, HistoryEventTypes.ACTIVITY_INSTANCE_END);

  /** Process definition ids are {@code key:version:id}. */
  private static final String SEND_NOTICE_PREFIX = "sendNotice:";

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
    if (LEFT_OUT.contains(eventType)) {
      return false;
    }
    if (entity instanceof ExecutionEntity execution && INSTANCE_EVENTS.contains(eventType)
        && isSendNotice(execution.getProcessDefinitionId())) {
      return false;
    }
    return HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }

  static boolean isSendNotice(String processDefinitionId) {
    return processDefinitionId != null && processDefinitionId.startsWith(SEND_NOTICE_PREFIX);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(this);
  }
}
