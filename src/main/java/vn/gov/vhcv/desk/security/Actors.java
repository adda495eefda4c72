package vn.gov.vhcv.desk.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.engine.EngineContext;

/** Who is acting in the engine right now: the authenticated user, else the task's assignee, else the system. */
@Component
public class Actors implements CaseSteps.Acting {

  private final EngineContext engine;

  public Actors(EngineContext engine) {
    this.engine = engine;
  }

  @Override
  public String current() {
    String user = engine.currentUserId();
    return user != null ? user : SYSTEM;
  }

  @Override
  public String completing(DelegateTask task) {
    String user = engine.currentUserId();
    if (user != null) {
      return user;
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }
}
