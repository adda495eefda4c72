package vn.gov.vhcv.desk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** "Hộp thư đi" names every kind of notice the desk sends in Vietnamese, and no kind it no longer sends. */
class OutboxKindLabelsTest {

  @Test
  void everyNoticeKindHasALabelAndEveryLabelAKind() {
    assertThat(OutboxPage.KINDS.keySet())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(NoticeKind.values()).map(Enum::name).toList());
  }
}
