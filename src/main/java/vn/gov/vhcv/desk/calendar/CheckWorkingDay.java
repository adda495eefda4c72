package vn.gov.vhcv.desk.calendar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;

/** "Kiểm tra ngày làm việc": sets {@code workingDay} for today in the province (holidays, swaps, working Saturdays). */
@Component("checkWorkingDay")
public class CheckWorkingDay implements JavaDelegate {

  private final WorkingCalendar calendar;
  private final DeskClock clock;

  public CheckWorkingDay(WorkingCalendar calendar, DeskClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("workingDay", calendar.isWorkingDay(clock.today()));
    execution.setVariable("monitorDay", clock.today().toString());
  }
}
