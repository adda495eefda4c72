package vn.gov.vhcv.desk.intake;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.vhcv.desk.casefile.CaseNotFoundException;
import vn.gov.vhcv.desk.casefile.ErrorBody;
import vn.gov.vhcv.desk.casefile.FieldError;

/** Turns every failure of the desk's API into a clear JSON answer, in Vietnamese. */
@RestControllerAdvice(basePackages = "vn.gov.vhcv.desk")
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ErrorBody> invalid(MethodArgumentNotValidException e) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
        .collect(Collectors.toList());
    e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
    return bad(errors);
  }

  @ExceptionHandler(InvalidReportException.class)
  ResponseEntity<ErrorBody> invalid(InvalidReportException e) {
    return bad(e.errors());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof BodyTooLargeException) {
      return tooLarge();
    }
    if (cause instanceof UnrecognizedPropertyException u) {
      return bad(List.of(new FieldError(path(u), "Trường không được hỗ trợ")));
    }
    if (cause instanceof InvalidFormatException f) {
      return bad(List.of(new FieldError(path(f), "Giá trị không đúng định dạng: " + f.getValue())));
    }
    if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      return bad(List.of(new FieldError(path(m), "Kiểu dữ liệu không đúng")));
    }
    return bad(List.of(new FieldError("body", "Nội dung gửi lên không phải JSON hợp lệ")));
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ResponseEntity<ErrorBody> tooLarge(BodyTooLargeException e) {
    return tooLarge();
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(new ErrorBody(415, "Chỉ nhận dữ liệu dạng application/json", List.of()));
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ErrorBody> badParam(Exception e) {
    String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
        : ((MethodArgumentTypeMismatchException) e).getName();
    return bad(List.of(new FieldError(name, "Tham số thiếu hoặc không đúng định dạng")));
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ResponseEntity<ErrorBody> notFound(CaseNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(new ErrorBody(404, "Không tìm thấy hồ sơ với mã tra cứu và mã bí mật đã nhập", List.of()));
  }

  @ExceptionHandler(AccessCodeLock.Locked.class)
  ResponseEntity<ErrorBody> locked(AccessCodeLock.Locked e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
        .body(new ErrorBody(429, e.getMessage(), List.of()));
  }

  @ExceptionHandler(IdempotencyConflictException.class)
  ResponseEntity<ErrorBody> idempotency(IdempotencyConflictException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(new ErrorBody(422, "Khóa Idempotency-Key này đã được dùng cho một phản ánh khác", List.of()));
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ErrorBody> conflict(OptimisticLockingException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(new ErrorBody(409, "Hồ sơ vừa được người khác cập nhật; vui lòng tải lại", List.of()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ErrorBody> illegal(IllegalArgumentException e) {
    return bad(List.of(new FieldError("request", e.getMessage())));
  }

  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<ErrorBody> engine(ProcessEngineException e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof vn.gov.vhcv.desk.casefile.Refusal refusal) {
        // a step refused what the user submitted: their mistake, told in their words
        return bad(List.of(new FieldError("task", refusal.getMessage())));
      }
    }
    log.error("engine failure", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(new ErrorBody(500, "Lỗi hệ thống; hồ sơ không bị thay đổi", List.of()));
  }

  private static ResponseEntity<ErrorBody> bad(List<FieldError> errors) {
    return ResponseEntity.badRequest().body(new ErrorBody(400, "Dữ liệu không hợp lệ", errors));
  }

  private static ResponseEntity<ErrorBody> tooLarge() {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(new ErrorBody(413, "Nội dung gửi lên quá lớn", List.of()));
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

}
