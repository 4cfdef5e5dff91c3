package nl.opleidingsklimaat.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The one shape of a service (STYLE.md, "One shape for a service"), checked on its compiled classes: feature packages
 * only, resources that delegate and never query, records that are top-level or parts of a record, and tests in the
 * package of what they test. Every service runs it: {@code class ServiceShapeTest extends ServiceShapeContract}.
 */
public abstract class ServiceShapeContract {
    /** Package names that sort code by layer instead of by feature. */
    static final Set<String> LAYER_NAMES = Set.of(
            "api",
            "config",
            "consumer",
            "consumers",
            "dto",
            "impl",
            "util",
            "utils",
            "common",
            "rest",
            "service",
            "services",
            "mapping",
            "web",
            "handler",
            "handlers",
            "helpers");

    /** Tests about the whole service, which live in its root package. */
    static final Set<String> SERVICE_WIDE_TESTS = Set.of(
            "ServiceFoundationTest",
            "ServiceShapeTest",
            "OpenApiTest",
            "OpenApiDocumentationTest",
            "PagingTest",
            "ProductionSettingsTest");

    private static final DescribedPredicate<JavaClass> QUERYING = assignableTo(
                    "io.quarkus.hibernate.orm.panache.PanacheEntityBase")
            .or(assignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase"))
            .or(assignableTo("jakarta.persistence.EntityManager"))
            .or(assignableTo("org.hibernate.Session"))
            .or(assignableTo("javax.sql.DataSource"))
            .or(assignableTo("java.sql.Connection"))
            .as("entities, repositories, the EntityManager or JDBC");

    private final String root;
    private final JavaClasses main;
    private final JavaClasses tests;

    /** @param root the service's root package, e.g. {@code nl.opleidingsklimaat.survey} */
    protected ServiceShapeContract(String root) {
        this.root = root;
        this.main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
        this.tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(root);
    }

    @Test
    void codeIsSortedIntoFeaturePackagesOnly() {
        classes().should(liveInAFeaturePackage()).check(main);
    }

    @Test
    void resourcesDelegateAndNeverQuery() {
        noClasses()
                .that()
                .areAnnotatedWith("jakarta.ws.rs.Path")
                .should()
                .dependOnClassesThat(QUERYING)
                .because("a resource parses, scopes, delegates to its feature's service and maps the result")
                .check(main);
    }

    @Test
    void publicRecordsAreTopLevelOrPartsOfARecord() {
        classes()
                .that(publicNestedRecords())
                .should(beEnclosedByARecord())
                .allowEmptyShould(true) // a service without any nested public record passes
                .because(
                        "request and response records are top-level (CampaignRequest.java, CampaignView.java), not gathered in holder classes")
                .check(main);
    }

    @Test
    void testsLiveInThePackageOfWhatTheyTest() {
        Set<String> mainPackages = main.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        classes()
                .that()
                .haveSimpleNameEndingWith("Test")
                .and()
                .areTopLevelClasses()
                .should(liveBesideWhatTheyTest(mainPackages))
                .check(tests);
    }

    private ArchCondition<JavaClass> liveInAFeaturePackage() {
        return new ArchCondition<>("live in a feature package directly below " + root) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String pkg = type.getPackageName();
                if (pkg.equals(root)) {
                    boolean config = type.getSimpleName().endsWith("Config")
                            || type.getEnclosingClass()
                                    .map(c -> c.getSimpleName().endsWith("Config"))
                                    .orElse(false);
                    events.add(new SimpleConditionEvent(
                            type,
                            config,
                            type.getName() + " is in the root package, which holds only the service's config"));
                    return;
                }
                String below = pkg.startsWith(root + ".") ? pkg.substring(root.length() + 1) : pkg;
                boolean feature = !below.contains(".") && !LAYER_NAMES.contains(below);
                events.add(new SimpleConditionEvent(
                        type,
                        feature,
                        type.getName() + " is in " + pkg + ", not in a feature package directly below " + root
                                + (LAYER_NAMES.contains(below)
                                        ? " ('" + below + "' names a layer, not a feature)"
                                        : "")));
            }
        };
    }

    private static DescribedPredicate<JavaClass> publicNestedRecords() {
        return DescribedPredicate.describe(
                "public nested records",
                type -> type.isRecord()
                        && type.isNestedClass()
                        && type.getModifiers().contains(JavaModifier.PUBLIC));
    }

    private static ArchCondition<JavaClass> beEnclosedByARecord() {
        return new ArchCondition<>("be a part of the record that encloses them") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean inRecord =
                        type.getEnclosingClass().map(JavaClass::isRecord).orElse(false);
                events.add(new SimpleConditionEvent(
                        type,
                        inRecord,
                        type.getName() + " is a public record nested in "
                                + type.getEnclosingClass()
                                        .map(JavaClass::getSimpleName)
                                        .orElse("?") + ", which is not a record"));
            }
        };
    }

    private ArchCondition<JavaClass> liveBesideWhatTheyTest(Set<String> mainPackages) {
        return new ArchCondition<>("live in the package of what they test") {
            @Override
            public void check(JavaClass test, ConditionEvents events) {
                String pkg = test.getPackageName();
                boolean ok = pkg.equals(root)
                        ? SERVICE_WIDE_TESTS.contains(test.getSimpleName())
                        : mainPackages.contains(pkg);
                events.add(new SimpleConditionEvent(
                        test,
                        ok,
                        test.getName()
                                + (pkg.equals(root)
                                        ? " tests a feature from the root package; move it to the feature's package"
                                        : " is in " + pkg + ", a package without production code")));
            }
        };
    }
}
