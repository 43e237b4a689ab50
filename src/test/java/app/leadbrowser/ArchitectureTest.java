package app.leadbrowser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers honest: only the UI knows JavaFX, and ViewModels never touch controls or windows. */
@AnalyzeClasses(packages = "app.leadbrowser", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule servicesAreFreeOfJavaFx = noClasses()
            .that()
            .resideInAnyPackage(
                    "app.leadbrowser.client..",
                    "app.leadbrowser.sandbox..",
                    "app.leadbrowser.cli..",
                    "app.leadbrowser.export..",
                    "app.leadbrowser.settings..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchControls = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule clientKnowsNothingAbove = noClasses()
            .that()
            .resideInAPackage("app.leadbrowser.client..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "app.leadbrowser.ui..",
                    "app.leadbrowser.sandbox..",
                    "app.leadbrowser.cli..",
                    "app.leadbrowser.export..",
                    "app.leadbrowser.settings..");
}
