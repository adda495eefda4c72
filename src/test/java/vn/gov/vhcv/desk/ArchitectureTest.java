package vn.gov.vhcv.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the desk, read from the compiled classes (docs/ARCHITECTURE.md, "Packages"):
 * the case kernel {@code casefile} imports no feature, only the engine room {@code engine} touches
 * Camunda's internals ({@code org.camunda.bpm.engine.impl}) and it imports no feature either, and the
 * desk's top-level packages import each other without a cycle.
 */
class ArchitectureTest {

  private static final String DESK = "vn.gov.vhcv.desk";
  private static final String KERNEL = DESK + ".casefile..";
  private static final String ENGINE_ROOM = DESK + ".engine..";

  private static JavaClasses desk;

  @BeforeAll
  static void importDesk() {
    desk = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(DESK);
  }

  @Test
  void theKernelImportsNoFeature() {
    noClasses().that().resideInAPackage(KERNEL)
        .should().dependOnClassesThat(outside("casefile"))
        .because("casefile is the case kernel every feature builds on; a feature it imported "
            + "could not be read, tested or removed apart from it")
        .check(desk);
  }

  @Test
  void theEngineRoomImportsOnlyTheKernel() {
    noClasses().that().resideInAPackage(ENGINE_ROOM)
        .should().dependOnClassesThat(outside("casefile", "engine"))
        .because("a hook of the engine reaches a feature through an interface of its own that the feature "
            + "implements, so that features may use the engine room without a cycle")
        .check(desk);
  }

  /** Classes of the desk's top-level packages other than {@code allowed} (the root package is allowed). */
  private static DescribedPredicate<JavaClass> outside(String... allowed) {
    return DescribedPredicate.describe("live in a desk package other than " + String.join(", ", allowed),
        type -> type.getPackageName().startsWith(DESK + ".")
            && java.util.Arrays.stream(allowed).noneMatch(p -> type.getPackageName().equals(DESK + "." + p)
                || type.getPackageName().startsWith(DESK + "." + p + ".")));
  }

  @Test
  void onlyTheEngineRoomImportsCamundaInternals() {
    noClasses().that().resideInAPackage(DESK + "..")
        .and().resideOutsideOfPackage(ENGINE_ROOM)
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("feature code uses Camunda's public API only; plugins, history level, query "
            + "rewrites, job hooks, session settings and table tuning live in engine/")
        .check(desk);
  }

  @Test
  void theDesksPackagesHaveNoCycles() {
    slices().matching(DESK + ".(*)..").namingSlices("$1")
        .should().beFreeOfCycles()
        .check(desk);
  }
}
