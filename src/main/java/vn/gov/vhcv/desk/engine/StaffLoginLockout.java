package vn.gov.vhcv.desk.engine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.casefile.AuditLog;

/**
 * Wrong passwords lock a staff account for a while, never for good. Camunda's own rule (the identity service
 * behind every login: the desk's pages and API, Tasklist, Cockpit, Admin, {@code /engine-rest}) delays the next
 * login after each wrong password (3 s, 6 s, 12 s, … at most 60 s) and after {@code loginMaxAttempts} (10)
 * locks the account until an administrator unlocks it — ten wrong guesses by anyone who knows a user id shut a
 * handler out of their work. Here the tenth wrong password locks the account for
 * {@code desk.security.login-lock-minutes} (15) and starts the count again; the account opens by itself when
 * the time is up (an account an older version locked for good opens too). Each such lock is logged at WARN,
 * written to {@code audit_log} ({@code STAFF_ACCOUNT_LOCKED}) and sent to the administrators
 * ({@code camunda-admin}) as a notice ("Hộp thư đi").
 */
@Component
public class StaffLoginLockout extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(StaffLoginLockout.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final long lockMinutes;
  private final ZoneId zone;
  private final ObjectProvider<AuditLog> audit;
  private final ObjectProvider<Notice> notices;

  /** Tells the administrators of a lock (notification/StaffNotices: a notice to {@code camunda-admin}). */
  public interface Notice {
    /**
     * @param until when the lock ends, as staff read it ({@code HH:mm dd/MM/yyyy})
     * @param key the lock's own key: one notice per lock
     * @return how many notices were written
     */
    int accountLocked(String userId, int attempts, String until, long minutes, String key);
  }

  public StaffLoginLockout(DeskProperties desk, ObjectProvider<AuditLog> audit, ObjectProvider<Notice> notices) {
    this.lockMinutes = desk.security().loginLockMinutes();
    this.zone = desk.zone();
    this.audit = audit;
    this.notices = notices;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return LockingIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new LockingIdentityProvider(StaffLoginLockout.this);
      }
    });
  }

  /** The database identity provider with a lock that ends. */
  static class LockingIdentityProvider extends DbIdentityServiceProvider {

    private final StaffLoginLockout lockout;

    LockingIdentityProvider(StaffLoginLockout lockout) {
      this.lockout = lockout;
    }

    /** Locked while the lock lasts, however many wrong passwords came before. */
    @Override
    protected boolean isUserLocked(UserEntity user) {
      Date until = user.getLockExpirationTime();
      return until != null && until.after(ClockUtil.getCurrentTime());
    }

    @Override
    protected void lockUser(UserEntity user) {
      int attempts = user.getAttempts() + 1;
      if (attempts < Context.getProcessEngineConfiguration().getLoginMaxAttempts()) {
        super.lockUser(user); // Camunda's growing delay
        return;
      }
      Date until = new Date(ClockUtil.getCurrentTime().getTime() + lockout.lockMinutes * 60_000);
      getIdentityInfoManager().updateUserLock(user, 0, until);
      lockout.locked(user.getId(), attempts, until);
    }
  }

  private void locked(String userId, int attempts, Date until) {
    String untilText = TIME.format(until.toInstant().atZone(zone));
    log.warn("Staff account '{}' locked for {} minutes (until {}) after {} wrong passwords", userId, lockMinutes,
        untilText, attempts);
    audit.getObject().record("system", "STAFF_ACCOUNT_LOCKED", null,
        "user=" + userId + "; attempts=" + attempts + "; until=" + until.toInstant());
    notices.getObject().accountLocked(userId, attempts, untilText, lockMinutes, userId + ":" + until.getTime());
  }
}
