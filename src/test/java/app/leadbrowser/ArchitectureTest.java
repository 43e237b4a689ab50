package app.leadbrowser;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layers honest: only the UI knows JavaFX, ViewModels never touch controls or windows, each package uses
 * only the layers below it, the UI's feature packages do not depend on each other in a circle, and the UI's shared
 * glue ({@code ui.common}) knows no feature.
 */
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
                    "app.leadbrowser.settings..",
                    "app.leadbrowser.logging..",
                    "app.leadbrowser.os..")
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

    /**
     * The layers, top to bottom. The root package ({@code JavaVersionGate}, {@code Launcher}, {@code AppVersion}) is
     * left out: the launcher starts the top layers and every layer may read the version.
     */
    @ArchTest
    static final ArchRule eachLayerUsesOnlyTheLayersBelow = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Ui")
            .definedBy("app.leadbrowser.ui..")
            .layer("Cli")
            .definedBy("app.leadbrowser.cli..")
            .layer("Export")
            .definedBy("app.leadbrowser.export..")
            .layer("Settings")
            .definedBy("app.leadbrowser.settings..")
            .layer("Sandbox")
            .definedBy("app.leadbrowser.sandbox..")
            .layer("Client")
            .definedBy("app.leadbrowser.client..")
            .layer("Logging")
            .definedBy("app.leadbrowser.logging..")
            .layer("Os")
            .definedBy("app.leadbrowser.os..")
            .whereLayer("Ui")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Export")
            .mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Settings")
            .mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Sandbox")
            .mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Client")
            .mayOnlyBeAccessedByLayers("Ui", "Cli", "Export", "Settings", "Sandbox")
            .whereLayer("Logging")
            .mayOnlyAccessLayers("Os")
            .whereLayer("Os")
            .mayNotAccessAnyLayer();

    /** The UI's feature packages ({@code ui.leads}, {@code ui.card}, …) depend on each other one way only. */
    @ArchTest
    static final ArchRule uiFeaturesHaveNoCycles =
            slices().matching("app.leadbrowser.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiCommonKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("app.leadbrowser.ui.common..")
            .should()
            .dependOnClassesThat(
                    resideInAPackage("app.leadbrowser.ui..").and(not(resideInAPackage("app.leadbrowser.ui.common.."))));
}
