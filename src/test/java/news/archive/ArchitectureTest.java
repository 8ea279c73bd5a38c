package news.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked: data flows one way (input, parse, store, index, application API,
 * front ends), no package cycle, and each library in the one package that is its door.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("news.archive");

  @Test
  void noPackageDependsOnItselfInACircle() {
    slices().matching("news.archive.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void eachPackageIsUsedOnlyByThoseAboveIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Values")
        .definedBy("news.archive")
        .layer("Io")
        .definedBy("news.archive.io..")
        .layer("Parse")
        .definedBy("news.archive.parse..")
        .layer("Ingest")
        .definedBy("news.archive.ingest..")
        .layer("Json")
        .definedBy("news.archive.json..")
        .layer("Store")
        .definedBy("news.archive.store..")
        .layer("Query")
        .definedBy("news.archive.query..")
        .layer("Stories")
        .definedBy("news.archive.stories..")
        .layer("Engine")
        .definedBy("news.archive.engine..")
        .layer("Search")
        .definedBy("news.archive.search..")
        .layer("App")
        .definedBy("news.archive.app..")
        .layer("Web")
        .definedBy("news.archive.web..")
        .layer("Cli")
        .definedBy("news.archive.cli..")
        .whereLayer("Cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Web")
        .mayOnlyBeAccessedByLayers("Cli")
        .whereLayer("App")
        .mayOnlyBeAccessedByLayers("Web", "Cli")
        .whereLayer("Search")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Engine")
        .mayOnlyBeAccessedByLayers("Search", "App")
        .whereLayer("Stories")
        .mayOnlyBeAccessedByLayers("Engine", "Search", "App")
        .whereLayer("Store")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Query")
        .mayOnlyBeAccessedByLayers("Engine", "Search", "App")
        .whereLayer("Ingest")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Parse")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Json")
        .mayOnlyBeAccessedByLayers("Store", "Web", "Cli")
        .whereLayer("Io")
        .mayOnlyBeAccessedByLayers("Ingest", "Store", "App", "Cli")
        .check(MAIN);
  }

  @Test
  void theRootHoldsOnlyValues() {
    classes()
        .that()
        .resideInAPackage("news.archive")
        .should()
        .beRecords()
        .orShould()
        .beEnums()
        .orShould(beTheBuilderOfARecord())
        .orShould(holdOnlyFunctions())
        .andShould()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("news.archive", "java..")
        .check(MAIN);
  }

  /**
   * A record with many fields is built by name ({@code Article.builder().title(..)}); its builder
   * is mutable, so no record, but it makes nothing else.
   */
  private static ArchCondition<JavaClass> beTheBuilderOfARecord() {
    return new ArchCondition<>("be the Builder nested in a record") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean builder =
            c.getSimpleName().equals("Builder")
                && c.getModifiers().containsAll(Set.of(JavaModifier.STATIC, JavaModifier.FINAL))
                && c.getEnclosingClass().map(JavaClass::isRecord).orElse(false);
        events.add(
            new SimpleConditionEvent(
                c, builder, c.getName() + " is not the Builder nested in a record"));
      }
    };
  }

  /**
   * Functions over the values that several layers share (an article's id from its text, the user's
   * corrections made and undone) live beside them, in a class that is never made and holds no
   * state.
   */
  private static ArchCondition<JavaClass> holdOnlyFunctions() {
    return new ArchCondition<>("hold only static functions and constants") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean functions =
            c.isTopLevelClass()
                && c.getModifiers().contains(JavaModifier.FINAL)
                && c.getConstructors().stream()
                    .allMatch(k -> k.getModifiers().contains(JavaModifier.PRIVATE))
                && c.getFields().stream()
                    .allMatch(
                        f ->
                            f.getModifiers()
                                .containsAll(Set.of(JavaModifier.STATIC, JavaModifier.FINAL)));
        events.add(
            new SimpleConditionEvent(
                c, functions, c.getName() + " holds more than static functions and constants"));
      }
    };
  }

  @Test
  void luceneIsKnownOnlyToTheIndex() {
    noClasses()
        .that()
        .resideOutsideOfPackage("news.archive.search..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.lucene..", "org.tartarus..")
        .check(MAIN);
  }

  @Test
  void theEngineSeamNamesNoLuceneType() {
    // what the application asks of an index engine, and the story arithmetic it shares, must be
    // answerable by an engine that is not Lucene
    noClasses()
        .that()
        .resideInAnyPackage(
            "news.archive.engine..", "news.archive.stories..", "news.archive.query..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.lucene..", "org.tartarus..")
        .check(MAIN);
  }

  @Test
  void onlyOneClassOfTheApplicationChoosesTheEngine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("news.archive.search..")
        .and()
        .doNotHaveFullyQualifiedName("news.archive.app.Engines")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("news.archive.search..")
        .check(MAIN);
  }

  @Test
  void parsingTouchesNoFile() {
    // parse turns bytes into an article; reading files is the input's and the store's job
    noClasses()
        .that()
        .resideInAPackage("news.archive.parse..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.nio.file..")
        .check(MAIN);
  }

  @Test
  void onlyTheApplicationBuildsTheImporter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("news.archive.app..")
        .should()
        .callConstructorWhere(
            com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                    com.tngtech.archunit.base.DescribedPredicate.describe(
                        "the importer", ArchitectureTest::isTheImporter))))
        .check(MAIN);
  }

  /** The importer and the parts it is made of. */
  private static boolean isTheImporter(JavaClass c) {
    return c.getName().equals("news.archive.app.Importer")
        || c.getName().startsWith("news.archive.app.Importer$");
  }

  @Test
  void jacksonIsKnownOnlyToTheJsonPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("news.archive.json..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("tools.jackson..")
        .check(MAIN);
  }

  @Test
  void jsoupIsKnownOnlyToTheWebPageParser() {
    noClasses()
        .that()
        .resideOutsideOfPackage("news.archive.parse.html..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jsoup..")
        .check(MAIN);
  }

  @Test
  void picocliIsKnownOnlyToTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("news.archive.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(MAIN);
  }

  @Test
  void theHttpServerIsKnownOnlyToTheWebPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("news.archive.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.sun.net.httpserver..")
        .check(MAIN);
  }
}
