package com.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.jspecify.annotations.NullMarked;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;

/** The package rules of README.md's "Code layout" section, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.rapport");

    @Test
    void the_domain_model_knows_nothing_of_services_or_ui() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().areNotAnnotatedWith(Service.class)
                .and().areNotAnnotatedWith(org.springframework.stereotype.Component.class)
                .and().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .and().doNotHaveSimpleName("Application")
                .and().haveSimpleNameNotEndingWith("Command")
                .should().dependOnClassesThat().resideInAPackage("com.rapport..ui..")
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Service.class)
                .because("entities and value types stay free of services and UI")
                .check(CLASSES);
    }

    @Test
    void services_and_components_never_reach_into_views() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.rapport..ui..")
                .check(CLASSES);
    }

    @Test
    void views_are_package_private_and_live_in_a_ui_package() {
        classes().that().areAnnotatedWith(Route.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .andShould().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void views_use_services_not_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void services_that_use_the_database_are_transactional() {
        classes().that().areAnnotatedWith(Service.class)
                .and(new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>(
                        "use a Spring Data repository") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaClass c) {
                        return c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass()
                                .isAssignableTo(org.springframework.data.repository.Repository.class));
                    }
                })
                .should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void command_line_tools_never_start_or_touch_the_ui() {
        noClasses().that().haveSimpleNameEndingWith("Command")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.boot..")
                .check(CLASSES);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("com.rapport.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void every_package_is_null_marked() {
        classes().that().resideInAPackage("com.rapport..").and().haveSimpleName("package-info")
                .should().beAnnotatedWith(NullMarked.class)
                .check(CLASSES);
        for (var javaClass : CLASSES) {
            var pkg = javaClass.getPackage();
            org.assertj.core.api.Assertions.assertThat(pkg.isAnnotatedWith(NullMarked.class))
                    .as("package %s is @NullMarked", pkg.getName()).isTrue();
        }
    }
}
