package vn.gov.vhcv.desk.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.OffsetDateTime;
import vn.gov.vhcv.desk.casefile.Channel;

/** The body of {@code POST /api/cases}: a report received on paper, by phone, in person, by 1022 or from an inspection. */
public record StaffCaseRequest(
    @Valid @NotNull(message = "Thiếu nội dung đơn") ReportRequest report,
    @NotNull(message = "Chọn kênh tiếp nhận") Channel channel,
    @NotNull(message = "Nhập thời điểm nhận đơn (receivedAt)")
    @PastOrPresent(message = "Thời điểm nhận đơn không được ở tương lai") OffsetDateTime receivedAt) {}
