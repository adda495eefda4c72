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

  @ParameterizedTest(name = "sanction rule {0}: {1} leader={2} {3} repeat={4} serving={5} → {6}")
  @CsvSource({
      "1,CAN_BO,false,ESPECIALLY_SERIOUS,false,false,BAI_NHIEM,false",
      "2,CAN_BO,true,VERY_SERIOUS,false,false,CACH_CHUC,false",
      "3,CAN_BO,false,VERY_SERIOUS,false,false,CANH_CAO,false",
      "4,CAN_BO,false,LESS_SERIOUS,true,false,CANH_CAO,false",
      "5,CAN_BO,true,LESS_SERIOUS,false,true,CANH_CAO,false",
      "6,CAN_BO,true,LESS_SERIOUS,false,false,KHIEN_TRACH,false",
      "7,VIEN_CHUC,false,ESPECIALLY_SERIOUS,false,false,BUOC_THOI_VIEC,true",
      "8,CONG_CHUC,true,VERY_SERIOUS,false,false,CACH_CHUC,true",
      "9,CONG_CHUC,false,VERY_SERIOUS,false,false,BUOC_THOI_VIEC,true",
      "10,CONG_CHUC,true,SERIOUS,true,false,CACH_CHUC,true",
      "11,VIEN_CHUC,true,SERIOUS,false,true,CACH_CHUC,true",
      "12,CONG_CHUC,false,SERIOUS,true,false,BUOC_THOI_VIEC,true",
      "13,CONG_CHUC,false,SERIOUS,false,true,BUOC_THOI_VIEC,true",
      "14,CONG_CHUC,true,SERIOUS,false,false,CANH_CAO,true",
      "15,VIEN_CHUC,false,LESS_SERIOUS,true,false,CANH_CAO,true",
      "16,CONG_CHUC,true,LESS_SERIOUS,false,true,CANH_CAO,true",
      "17,CONG_CHUC,false,LESS_SERIOUS,false,false,KHIEN_TRACH,true"})
  void sanctionRecommendationRow(int row, String kind, boolean leader, String severity, boolean repeat, boolean serving,
      String sanction, boolean council) {
    Map<String, Object> vars = new HashMap<>(Map.of("officialKind", kind, "officialLeader", leader, "severity", severity,
        "repeatOffence", repeat, "servingDiscipline", serving));
    var r = evaluate("sanctionRecommendation", vars);
    assertThat(r.<String>getEntry("sanction")).isEqualTo(sanction);
    assertThat(r.<Boolean>getEntry("councilRequired")).isEqualTo(council);
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
