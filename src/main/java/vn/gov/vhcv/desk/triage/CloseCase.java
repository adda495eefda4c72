package vn.gov.vhcv.desk.triage;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * Closes the case as resolved, after meeting the clocks still running on its path. Idempotent. One step, two uses in
 * the models:
 *
 * <ul>
 *   <li>"Đóng hồ sơ" ({@code closeCase}, also "Đóng hồ sơ lần hai"): the resolution clock (still running on paths
 *       without an approved conclusion) or a second-level case's; a discipline's clock is stopped by the discipline
 *       itself (decision or time bar);
 *   <li>"Đóng hồ sơ kiểm tra" ({@code closeInspectedCase}): an anonymous letter sent to internal inspection, whose
 *       acknowledgement clock was stopped when it went there.
 * </ul>
 */
public class CloseCase implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final List<ClockKind> met;

  CloseCase(CaseRepository cases, CaseClocks clocks, ClockKind... met) {
    this.cases = cases;
    this.clocks = clocks;
    this.met = List.of(met);
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    met.forEach(kind -> clocks.complete(caseId, kind));
    cases.close(caseId, CaseStatus.RESOLVED);
  }

  @Configuration
  static class Steps {
    @Bean("closeCase")
    CloseCase closeCase(CaseRepository cases, CaseClocks clocks) {
      return new CloseCase(cases, clocks, ClockKind.RESOLUTION, ClockKind.SECOND_INSTANCE);
    }

    @Bean("closeInspectedCase")
    CloseCase closeInspectedCase(CaseRepository cases, CaseClocks clocks) {
      return new CloseCase(cases, clocks, ClockKind.ACKNOWLEDGEMENT);
    }
  }
}
