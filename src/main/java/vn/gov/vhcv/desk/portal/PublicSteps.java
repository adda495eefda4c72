package vn.gov.vhcv.desk.portal;

import java.util.List;

/** The steps a citizen sees on the status page, and which one the case is at. */
public final class PublicSteps {

  public record Step(String title, boolean done, boolean current) {}

  private static final List<String> TITLES = List.of("Tiếp nhận", "Xem xét thụ lý", "Xác minh, giải quyết", "Có kết quả");

  private PublicSteps() {}

  public static List<Step> of(String status) {
    int current = switch (status) {
      case "RECEIVED" -> 1;
      case "AWAITING_INFO" -> 1;
      case "IN_VERIFICATION", "AWAITING_APPROVAL", "IN_DISCIPLINE" -> 2;
      default -> 3;
    };
    boolean closed = current == 3;
    return java.util.stream.IntStream.range(0, TITLES.size())
        .mapToObj(i -> new Step(TITLES.get(i), i < current || (closed && i == current), i == current && !closed))
        .toList();
  }
}
