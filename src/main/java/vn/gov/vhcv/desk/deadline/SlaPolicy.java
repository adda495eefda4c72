package vn.gov.vhcv.desk.deadline;

import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Category;

/**
 * The statutory periods per kind of letter (see shared/reference/law-and-practice.md §2).
 * Intake answers count working days; resolution periods are written as "ngày", i.e. calendar days.
 */
@Component
public class SlaPolicy {

  /** Answer on acceptance; before classification the common 10 working days apply. */
  public ClockPolicy acknowledgement(Category category) {
    if (category == Category.TO_CAO) {
      return new ClockPolicy(ClockKind.ACKNOWLEDGEMENT, 7, DayKind.WORKING,
          "Luật Tố cáo 2018 Điều 24 khoản 1: 7 ngày làm việc (gia hạn đến 10)");
    }
    return new ClockPolicy(ClockKind.ACKNOWLEDGEMENT, 10, DayKind.WORKING,
        "Luật Tiếp công dân 2013 Điều 28: 10 ngày làm việc");
  }

  public ClockPolicy resolution(Category category, boolean remoteArea) {
    return switch (category) {
      case TO_CAO -> new ClockPolicy(ClockKind.RESOLUTION, 30, DayKind.CALENDAR,
          "Luật Tố cáo 2018 Điều 30: 30 ngày kể từ ngày thụ lý");
      case KHIEU_NAI -> remoteArea
          ? new ClockPolicy(ClockKind.RESOLUTION, 45, DayKind.CALENDAR,
              "Luật Khiếu nại 2011 Điều 28: vùng sâu, vùng xa 45 ngày kể từ ngày thụ lý")
          : new ClockPolicy(ClockKind.RESOLUTION, 30, DayKind.CALENDAR,
              "Luật Khiếu nại 2011 Điều 28: 30 ngày kể từ ngày thụ lý");
      case PHAN_ANH -> new ClockPolicy(ClockKind.RESOLUTION, 20, DayKind.CALENDAR,
          "Quy chế xử lý phản ánh, kiến nghị (QĐ 852/QĐ-BNV): 20 ngày");
      case KHEN_NGOI -> new ClockPolicy(ClockKind.RESOLUTION, 20, DayKind.CALENDAR,
          "Không có thời hạn luật định; mục tiêu nội bộ 20 ngày để ghi nhận, biểu dương");
    };
  }
}
