package vn.gov.vhcv.desk.casefile;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Completing a task through the desk's API, as the logged-in user (Camunda authorizations apply).
 * Two people completing one task: one wins, the other gets 409 with a clear message.
 */
@RestController
@RequestMapping("/api/tasks")
public class TaskController {

  private final TaskService tasks;
  private final IdentityService identity;

  public TaskController(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  @PostMapping("/{taskId}/complete")
  public ResponseEntity<?> complete(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> variables,
      Authentication user) {
    if (!exists(taskId)) {
      return conflict("Công việc này không còn (đã được hoàn thành hoặc không tồn tại)");
    }
    List<String> groups = identity.createGroupQuery().groupMember(user.getName()).list().stream().map(Group::getId).toList();
    try {
      identity.setAuthentication(user.getName(), groups);
      tasks.complete(taskId, variables == null ? Map.of() : variables);
      return ResponseEntity.noContent().build();
    } catch (OptimisticLockingException | NullValueException e) {
      return conflict("Công việc vừa được người khác hoàn thành; vui lòng tải lại danh sách việc");
    } catch (AuthorizationException e) {
      identity.clearAuthentication();
      if (!exists(taskId)) {
        // the task (and the grants that came with it) vanished under us: someone else completed it
        return conflict("Công việc vừa được người khác hoàn thành; vui lòng tải lại danh sách việc");
      }
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(new ErrorBody(403, "Bạn không có quyền xử lý công việc này", List.of()));
    } catch (ProcessEngineException e) {
      // a task listener refused the submitted values: the message says why
      return ResponseEntity.badRequest().body(new ErrorBody(400, e.getMessage(), List.of(new FieldError("variables", e.getMessage()))));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Looks the task up without the caller's authorizations (called with no engine authentication set). */
  private boolean exists(String taskId) {
    return tasks.createTaskQuery().taskId(taskId).count() > 0;
  }

  private static ResponseEntity<ErrorBody> conflict(String message) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(new ErrorBody(409, message, List.of()));
  }
}
