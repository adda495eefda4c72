package vn.gov.vhcv.desk.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/** Writes the notices to the person who sent a report, when they left an e-mail address. */
@Component
public class ComplainantNotices {

  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Outbox outbox;
  private final CaseRepository cases;

  public ComplainantNotices(Outbox outbox, CaseRepository cases) {
    this.outbox = outbox;
    this.cases = cases;
  }

  public void acknowledgement(long caseId, String trackingCode, String accessCode, LocalDate due, String email) {
    if (email == null) {
      return;
    }
    outbox.enqueue(caseId, "ACK:" + caseId, NoticeKind.ACKNOWLEDGEMENT, email,
        "[" + trackingCode + "] Đã tiếp nhận phản ánh của ông/bà",
        """
        Kính gửi ông/bà,

        Bàn xử lý phản ánh văn hóa công vụ đã tiếp nhận phản ánh của ông/bà.
        Mã tra cứu: %s
        Mã bí mật: %s (giữ kín; dùng cùng mã tra cứu để theo dõi hồ sơ)
        Hạn trả lời về việc thụ lý: %s

        Trân trọng.""".formatted(trackingCode, accessCode, VN.format(due)));
  }

  public void send(CaseRecord c, NoticeKind kind, String subject, String text) {
    cases.complainantOf(c.id()).map(p -> p.email()).ifPresent(email -> outbox.enqueue(c.id(),
        kind.name() + ":" + c.id(), kind, email, "[" + c.trackingCode() + "] " + subject,
        "Kính gửi ông/bà,\n\n" + text + "\n\nMã tra cứu: " + c.trackingCode() + "\n\nTrân trọng."));
  }

  public static String date(LocalDate d) {
    return d == null ? "" : VN.format(d);
  }
}
