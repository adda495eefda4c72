package vn.gov.vhcv.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every {@code desk.*} setting is typed in {@link DeskProperties} with its default in {@code application.yml}: no
 * class reads one with {@code @Value}, and the defaults bind to the values the desk has always had.
 */
class DeskPropertiesTest {

  @Test
  void noClassReadsADeskSettingWithValue() {
    classes().should(notReadADeskSettingWithValue())
        .because("desk.* settings are typed in DeskProperties, their defaults in application.yml")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gov.vhcv.desk"));
  }

  private static ArchCondition<JavaClass> notReadADeskSettingWithValue() {
    return new ArchCondition<>("not read a desk.* setting with @Value") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<JavaMember> members = new ArrayList<>(type.getFields());
        members.addAll(type.getCodeUnits());
        for (JavaMember member : members) {
          member.getAnnotations().forEach(a -> report(a, member.getFullName(), events));
          if (member instanceof JavaCodeUnit code) {
            for (JavaParameter parameter : code.getParameters()) {
              parameter.getAnnotations().forEach(a -> report(a, code.getFullName() + " parameter "
                  + parameter.getIndex(), events));
            }
          }
        }
      }

      private void report(JavaAnnotation<?> annotation, String where, ConditionEvents events) {
        if (annotation.getRawType().isEquivalentTo(Value.class)
            && String.valueOf(annotation.get("value").orElse("")).contains("${desk.")) {
          events.add(SimpleConditionEvent.violated(annotation, where + " reads " + annotation.get("value").get()));
        }
      }
    };
  }

  @Test
  void applicationYmlHoldsTheDefaultOfEverySetting() throws Exception {
    List<PropertySource<?>> yml = new YamlPropertySourceLoader().load("application.yml",
        new ClassPathResource("application.yml"));
    DeskProperties desk = new Binder(ConfigurationPropertySources.from(yml), new PropertySourcesPlaceholdersResolver(yml))
        .bind("desk", DeskProperties.class).get();

    assertThat(desk.zone()).hasToString("Asia/Ho_Chi_Minh");
    assertThat(desk.siteUrl()).isEqualTo("http://localhost:8080");
    assertThat(desk.mail().retryCycle()).isEqualTo("R5/PT1M");
    assertThat(desk.intake()).isEqualTo(new DeskProperties.Intake("background", 4, 60_000, 300, 1_000));
    assertThat(desk.rateLimit()).isEqualTo(new DeskProperties.RateLimit(20, 60, 5, 15));
    assertThat(desk.security()).isEqualTo(new DeskProperties.Security(15));
    assertThat(desk.discipline()).isEqualTo(new DeskProperties.Discipline(2));
    assertThat(desk.sla()).isEqualTo(new DeskProperties.Sla("0 30 7 ? * MON-FRI"));
    assertThat(desk.engine()).isEqualTo(new DeskProperties.Engine(true, true, true));
    assertThat(desk.publicApi()).isEqualTo(new DeskProperties.PublicApi(65_536, 262_144));
  }
}
