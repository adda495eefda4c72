package vn.gov.vhcv.desk.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting in the engine right now: the authenticated user, else the task's assignee, else the system. */
@Component
public class Actors {

  private final IdentityService identity;

  public Actors(IdentityService identity) {
    this.identity = identity;
  }

  public String current() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : "system";
  }

  public String completing(DelegateTask task) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
