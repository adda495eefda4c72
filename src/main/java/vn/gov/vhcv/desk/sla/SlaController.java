package vn.gov.vhcv.desk.sla;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.clock.SlaState;
import vn.gov.vhcv.desk.security.StaffRoles;
import vn.gov.vhcv.desk.security.UnitScope;

/** The SLA monitor's list: open clocks of one state, sorted by due date, paged; of the cases the caller sees. */
@RestController
@RequestMapping("/api/sla")
public class SlaController {

  private final SlaCases sla;
  private final UnitScope scope;

  public SlaController(SlaCases sla, UnitScope scope) {
    this.sla = sla;
    this.scope = scope;
  }

  @GetMapping("/cases")
  public SlaCases.Page cases(@RequestParam(defaultValue = "OVERDUE") SlaState state,
      @RequestParam(required = false) String unit, @RequestParam(required = false) Category type,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Authentication user) {
    if (!StaffRoles.has(user, StaffRoles.MONITOR) && !StaffRoles.has(user, StaffRoles.LEADER)
        && !StaffRoles.has(user, StaffRoles.ADMIN)) {
      throw new AccessDeniedException("Chỉ giám sát và lãnh đạo xem danh sách thời hạn");
    }
    if (page < 0 || size < 1 || size > 500) {
      throw new IllegalArgumentException("page phải ≥ 0 và size từ 1 đến 500");
    }
    return sla.page(state, unit == null || unit.isBlank() ? null : unit.strip(), type == null ? null : type.name(), page, size,
        scope.visibility(user));
  }
}
