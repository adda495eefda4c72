package vn.gov.vhcv.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per rule row of every decision table in processes/. */
class DecisionTablesTest extends DeskTest {

  private DmnDecisionRuleResult evaluate(String key, Map<String, Object> vars) {
    var result = engine.getDecisionService().evaluateDecisionTableByKey(key).variables(vars).evaluate();
    assertThat(result).hasSize(1);
    return result.getSingleResult();
  }

  private static Object parse(String v) {
    return "true".equals(v) || "false".equals(v) ? Boolean.valueOf(v) : v;
  }

  /**
   * NĐ 172/2025/NĐ-CP (cán bộ, công chức) and, for viên chức, Luật Viên chức / NĐ 112/2020/NĐ-CP: one row per form
   * and trigger — lần đầu by severity, tái phạm after an earlier form on the register, a new breach while a discipline
   * is served (one form heavier), leaders (cách chức) and elected cán bộ (bãi nhiệm) — each naming its provision.
   * The number of founded reports is no input: a second founded serious report about a công chức with no earlier
   * discipline is cảnh cáo (row 18), not buộc thôi việc.
   */
  @ParameterizedTest(name = "sanction row {0}: {1} leader={2} {3} prior={4} serving={5} → {6} ({8})")
  @CsvSource(delimiter = '|', textBlock = """
      # công chức lãnh đạo, quản lý / viên chức quản lý: khiển trách, cảnh cáo, cách chức, buộc thôi việc
       1|CONG_CHUC|true |LESS_SERIOUS|CACH_CHUC  |false|BUOC_THOI_VIEC|true |buộc thôi việc: công chức lãnh đạo, quản lý đã bị cách chức mà tái phạm
       2|CONG_CHUC|true |VERY_SERIOUS|CANH_CAO   |true |BUOC_THOI_VIEC|true |Điều 2 (nguyên tắc): vi phạm mới trong thời gian chấp hành kỷ luật
       3|VIEN_CHUC|true |VERY_SERIOUS|KHIEN_TRACH|true |BUOC_THOI_VIEC|true |Điều 2 (nguyên tắc)
       4|CONG_CHUC|true |SERIOUS     |CANH_CAO   |true |CACH_CHUC     |true |Điều 2 (nguyên tắc)
       5|CONG_CHUC|true |SERIOUS     |KHIEN_TRACH|true |CACH_CHUC     |true |Điều 2 (nguyên tắc)
       6|CONG_CHUC|true |LESS_SERIOUS|KHIEN_TRACH|true |CANH_CAO      |true |Điều 2 (nguyên tắc)
       7|CONG_CHUC|true |LESS_SERIOUS|CANH_CAO   |false|CACH_CHUC     |true |cách chức: công chức lãnh đạo, quản lý đã bị cảnh cáo mà tái phạm
       8|CONG_CHUC|true |VERY_SERIOUS|NONE       |false|CACH_CHUC     |true |cách chức: công chức lãnh đạo, quản lý vi phạm gây hậu quả rất nghiêm trọng
       9|CONG_CHUC|true |SERIOUS     |KHIEN_TRACH|false|CANH_CAO      |true |cảnh cáo: đã bị khiển trách mà tái phạm
      10|VIEN_CHUC|true |SERIOUS     |NONE       |false|CANH_CAO      |true |cảnh cáo: vi phạm lần đầu, gây hậu quả nghiêm trọng
      11|CONG_CHUC|true |LESS_SERIOUS|NONE       |false|KHIEN_TRACH   |true |khiển trách: vi phạm lần đầu, gây hậu quả ít nghiêm trọng
      # công chức, viên chức không giữ chức vụ: khiển trách, cảnh cáo, buộc thôi việc
      12|CONG_CHUC|false|LESS_SERIOUS|CANH_CAO   |true |BUOC_THOI_VIEC|true |Điều 2 (nguyên tắc)
      13|CONG_CHUC|false|SERIOUS     |KHIEN_TRACH|true |BUOC_THOI_VIEC|true |Điều 2 (nguyên tắc)
      14|VIEN_CHUC|false|LESS_SERIOUS|KHIEN_TRACH|true |CANH_CAO      |true |Điều 2 (nguyên tắc)
      15|CONG_CHUC|false|SERIOUS     |CANH_CAO   |false|BUOC_THOI_VIEC|true |buộc thôi việc: công chức không giữ chức vụ lãnh đạo, quản lý đã bị cảnh cáo mà tái phạm
      16|CONG_CHUC|false|VERY_SERIOUS|NONE       |false|BUOC_THOI_VIEC|true |buộc thôi việc: công chức không giữ chức vụ lãnh đạo, quản lý vi phạm gây hậu quả rất nghiêm trọng
      17|CONG_CHUC|false|LESS_SERIOUS|KHIEN_TRACH|false|CANH_CAO      |true |cảnh cáo: đã bị khiển trách mà tái phạm
      18|CONG_CHUC|false|SERIOUS     |NONE       |false|CANH_CAO      |true |cảnh cáo: vi phạm lần đầu, gây hậu quả nghiêm trọng
      19|VIEN_CHUC|false|LESS_SERIOUS|NONE       |false|KHIEN_TRACH   |true |khiển trách: vi phạm lần đầu, gây hậu quả ít nghiêm trọng
      # cán bộ được phê chuẩn, bổ nhiệm, chỉ định: khiển trách, cảnh cáo, cách chức; no disciplinary council
      20|CAN_BO   |true |SERIOUS     |CANH_CAO   |true |CACH_CHUC     |false|Điều 2 (nguyên tắc)
      21|CAN_BO   |true |SERIOUS     |KHIEN_TRACH|true |CACH_CHUC     |false|Điều 2 (nguyên tắc)
      22|CAN_BO   |true |LESS_SERIOUS|KHIEN_TRACH|true |CANH_CAO      |false|Điều 2 (nguyên tắc)
      23|CAN_BO   |true |LESS_SERIOUS|CANH_CAO   |false|CACH_CHUC     |false|cách chức: cán bộ được phê chuẩn, bổ nhiệm, chỉ định, đã bị cảnh cáo mà tái phạm
      24|CAN_BO   |true |VERY_SERIOUS|NONE       |false|CACH_CHUC     |false|cách chức: cán bộ được phê chuẩn, bổ nhiệm, chỉ định, vi phạm gây hậu quả rất nghiêm trọng
      25|CAN_BO   |true |SERIOUS     |KHIEN_TRACH|false|CANH_CAO      |false|cảnh cáo: cán bộ đã bị khiển trách mà tái phạm
      26|CAN_BO   |true |SERIOUS     |NONE       |false|CANH_CAO      |false|cảnh cáo: cán bộ vi phạm lần đầu, gây hậu quả nghiêm trọng
      27|CAN_BO   |true |LESS_SERIOUS|NONE       |false|KHIEN_TRACH   |false|khiển trách: cán bộ vi phạm lần đầu, gây hậu quả ít nghiêm trọng
      # cán bộ giữ chức vụ do bầu cử: khiển trách, cảnh cáo, bãi nhiệm
      28|CAN_BO   |false|SERIOUS     |CANH_CAO   |true |BAI_NHIEM     |false|Điều 2 (nguyên tắc)
      29|CAN_BO   |false|VERY_SERIOUS|KHIEN_TRACH|true |BAI_NHIEM     |false|Điều 2 (nguyên tắc)
      30|CAN_BO   |false|LESS_SERIOUS|KHIEN_TRACH|true |CANH_CAO      |false|Điều 2 (nguyên tắc)
      31|CAN_BO   |false|SERIOUS     |CANH_CAO   |false|BAI_NHIEM     |false|bãi nhiệm: cán bộ giữ chức vụ do bầu cử, đã bị cảnh cáo mà tái phạm
      32|CAN_BO   |false|VERY_SERIOUS|NONE       |false|BAI_NHIEM     |false|bãi nhiệm: cán bộ giữ chức vụ do bầu cử, vi phạm gây hậu quả rất nghiêm trọng
      33|CAN_BO   |false|LESS_SERIOUS|KHIEN_TRACH|false|CANH_CAO      |false|cảnh cáo: cán bộ đã bị khiển trách mà tái phạm
      34|CAN_BO   |false|SERIOUS     |NONE       |false|CANH_CAO      |false|cảnh cáo: cán bộ vi phạm lần đầu, gây hậu quả nghiêm trọng
      35|CAN_BO   |false|LESS_SERIOUS|NONE       |false|KHIEN_TRACH   |false|khiển trách: cán bộ vi phạm lần đầu, gây hậu quả ít nghiêm trọng
      # viên chức: the same rows name Luật Viên chức and NĐ 112/2020's articles
      36|VIEN_CHUC|true |LESS_SERIOUS|CACH_CHUC  |false|BUOC_THOI_VIEC|true |NĐ 112/2020/NĐ-CP Điều 19
      37|VIEN_CHUC|false|SERIOUS     |CANH_CAO   |false|BUOC_THOI_VIEC|true |NĐ 112/2020/NĐ-CP Điều 19
      38|VIEN_CHUC|true |VERY_SERIOUS|NONE       |false|CACH_CHUC     |true |NĐ 112/2020/NĐ-CP Điều 18
      39|VIEN_CHUC|false|LESS_SERIOUS|KHIEN_TRACH|false|CANH_CAO      |true |NĐ 112/2020/NĐ-CP Điều 17
      40|VIEN_CHUC|false|LESS_SERIOUS|NONE       |false|KHIEN_TRACH   |true |Luật Viên chức 2010 (sửa đổi 2019) Điều 52
      """)
  void sanctionRow(int row, String kind, boolean leader, String severity, String prior, boolean serving, String sanction,
      boolean council, String provision) {
    Map<String, Object> vars = new HashMap<>(Map.of("officialKind", kind, "officialLeader", leader, "severity", severity,
        "priorSanction", prior, "servingDiscipline", serving));
    var r = evaluate("sanctionRecommendation", vars);
    assertThat(r.<String>getEntry("sanction")).isEqualTo(sanction);
    assertThat(r.<Boolean>getEntry("councilRequired")).isEqualTo(council);
    assertThat(r.<String>getEntry("legalBasis")).contains("NĐ 172/2025/NĐ-CP").contains(provision);
    // the decree knows the form for this official (cách chức: leaders; bãi nhiệm: cán bộ; buộc thôi việc: not cán bộ)
    assertThat(vn.gov.vhcv.desk.discipline.Sanction.valueOf(sanction).appliesTo(kind, leader)).isTrue();
  }

  /** The decree has three levels; "đặc biệt nghiêm trọng" (NĐ 112/2020) is no longer a level the table knows. */
  @org.junit.jupiter.api.Test
  void especiallySeriousIsNotALevelOfTheDecree() {
    var result = engine.getDecisionService().evaluateDecisionTableByKey("sanctionRecommendation")
        .variables(Map.of("officialKind", "CONG_CHUC", "officialLeader", false, "severity", "ESPECIALLY_SERIOUS",
            "priorSanction", "NONE", "servingDiscipline", false)).evaluate();
    assertThat(result).isEmpty();
  }

  @ParameterizedTest(name = "commendation rule {0}: {1} at {2} → {3}")
  @CsvSource({
      "1,BANG_KHEN,COMMUNE,Chủ tịch Ủy ban nhân dân tỉnh",
      "2,GIAY_KHEN,DEPARTMENT,Giám đốc Sở (thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh)",
      "3,GIAY_KHEN,COMMUNE,Chủ tịch Ủy ban nhân dân cấp xã",
      "4,GIAY_KHEN,PROVINCE,Chủ tịch Ủy ban nhân dân tỉnh"})
  void commendationLevelRow(int row, String award, String unitLevel, String approver) {
    var r = evaluate("commendationLevel", Map.of("award", award, "unitLevel", unitLevel));
    assertThat(r.<String>getEntry("approverTitle")).isEqualTo(approver);
    assertThat(r.<String>getEntry("approverGroup")).isEqualTo("lanh-dao");
  }

  @ParameterizedTest(name = "routing rule {0}: {1}/{2}/{3} → {4}")
  @CsvSource({
      "1,TO_CAO,LESS_SERIOUS,DEPARTMENT,THANH-TRA-TINH,xac-minh",
      "2,TO_CAO,SERIOUS,COMMUNE,THANH-TRA-TINH,xac-minh",
      "3,KHIEU_NAI,LESS_SERIOUS,COMMUNE,THANH-TRA-TINH,xac-minh",
      "4,PHAN_ANH,SERIOUS,DEPARTMENT,THANH-TRA-TINH,xac-minh",
      "5,PHAN_ANH,LESS_SERIOUS,COMMUNE,SO-NOI-VU,xac-minh",
      "6,KHEN_NGOI,PRAISE,COMMUNE,SO-NOI-VU,thi-dua-khen-thuong"})
  void caseRoutingRow(int row, String category, String severity, String unitLevel, String unit, String group) {
    var r = evaluate("caseRouting", Map.of("category", category, "severity", severity, "unitLevel", unitLevel));
    assertThat(r.<String>getEntry("handlingUnit")).isEqualTo(unit);
    assertThat(r.<String>getEntry("handlingGroup")).isEqualTo(group);
  }
}
