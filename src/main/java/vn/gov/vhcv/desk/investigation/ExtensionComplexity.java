package vn.gov.vhcv.desk.investigation;

import vn.gov.vhcv.desk.clock.Complexity;

/**
 * How complex a denunciation is, as the investigator states it on "Thu thập chứng cứ"; how many extensions and how
 * many days that allows is the resolution clock's row of {@code sla-policy.dmn} for the {@link #complexity()}
 * (Luật Tố cáo 2018, Điều 30: once for a complex, twice for an especially complex case, 30 days each).
 */
public enum ExtensionComplexity {
  COMPLEX("Vụ việc phức tạp", Complexity.COMPLEX),
  ESPECIALLY_COMPLEX("Vụ việc đặc biệt phức tạp", Complexity.VERY_COMPLEX);

  private final String label;
  private final Complexity complexity;

  ExtensionComplexity(String label, Complexity complexity) {
    this.label = label;
    this.complexity = complexity;
  }

  public String label() {
    return label;
  }

  /** The complexity of the clocks' policy table. */
  public Complexity complexity() {
    return complexity;
  }
}
