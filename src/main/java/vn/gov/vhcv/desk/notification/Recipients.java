package vn.gov.vhcv.desk.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.engine.EngineContext;

/** Staff who receive a group's notices: the members of the Camunda group who have an e-mail address. */
@Component
public class Recipients {

  private final ObjectProvider<IdentityService> identity;
  private final ObjectProvider<EngineContext> engine;

  public Recipients(ObjectProvider<IdentityService> identity, ObjectProvider<EngineContext> engine) {
    this.identity = identity;
    this.engine = engine;
  }

  public record Person(String userId, String name, String email) {}

  /** Members of {@code groupId} with an address, whatever the current user may read. */
  public List<Person> ofGroup(String groupId) {
    return asDesk(ids -> ids.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
        .map(u -> new Person(u.getId(), name(u), u.getEmail())).toList());
  }

  /** The user with an address, or empty; whatever the current user may read. */
  public java.util.Optional<Person> user(String userId) {
    return asDesk(ids -> java.util.Optional.ofNullable(ids.createUserQuery().userId(userId).singleResult())
        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
        .map(u -> new Person(u.getId(), name(u), u.getEmail())));
  }

  /** The ids of the groups {@code userId} belongs to. */
  public List<String> groupsOf(String userId) {
    return asDesk(ids -> ids.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList());
  }

  public String groupName(String groupId) {
    return asDesk(ids -> {
      var g = ids.createGroupQuery().groupId(groupId).singleResult();
      return g == null || g.getName() == null ? groupId : g.getName();
    });
  }

  /** Reads the identity store as the desk (the mail belongs to the step, not to the user who took it). */
  private <T> T asDesk(java.util.function.Function<IdentityService, T> read) {
    IdentityService ids = identity.getObject();
    return engine.getObject().asNoUser(() -> read.apply(ids));
  }

  /** Family name first: Camunda's firstName holds the family name (họ), as the webapps show it (DemoSeedLoader). */
  private static String name(User u) {
    return vn.gov.vhcv.desk.casefile.StaffNames.of(u);
  }
}
