package vn.gov.vhcv.desk.clock;

import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.vhcv.desk.calendar.DayKind;
import vn.gov.vhcv.desk.casefile.Category;

/**
 * "Thời hạn theo quy định": the period the desk applies to a clock, asked directly — the same decision table
 * ({@code processes/sla-policy.dmn}) and the same counting rules (BLDS 2015 Điều 147–148) as the case's own clocks,
 * so staff can check a case and the rules can be tested as the law reads.
 */
@RestController
public class DeadlineRulesController {

  /**
   * The answer: how long, in which days, the last day of the period counted from the event day, why, and which event
   * the provision counts from ({@code from} is that day: receipt, acceptance or the clock's own event).
   */
  public record DeadlineRule(String category, String clock, int days, DayKind unit, LocalDate due, String legalBasis,
      CountedFrom countedFrom) {}

  private final SlaPolicy policy;
  private final CaseClocks clocks;

  public DeadlineRulesController(SlaPolicy policy, CaseClocks clocks) {
    this.policy = policy;
    this.clocks = clocks;
  }

  @GetMapping("/api/rules/deadline")
  public DeadlineRule deadline(@RequestParam(required = false) String category, @RequestParam String clock,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(defaultValue = "NORMAL") String complexity, @RequestParam(defaultValue = "false") boolean remote) {
    Category c = category == null || category.isBlank() ? null : parse(Category.class, category, "category");
    ClockKind kind = parse(ClockKind.class, clock, "clock");
    Complexity level = parse(Complexity.class, complexity, "complexity");
    ClockPolicy p;
    try {
      p = policy.policy(c, kind, remote, level);
    } catch (IllegalStateException none) {
      throw new IllegalArgumentException("Không có thời hạn " + kind.label() + " cho loại đơn " + (c == null ? "chưa phân loại" : c));
    }
    return new DeadlineRule(c == null ? null : c.name(), kind.name(), p.days(), p.dayKind(), clocks.dueDate(from, p),
        p.legalBasis(), p.countedFrom());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " phải là một trong " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
