package app.leadbrowser.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. (Placeholder until the window issue lands.) */
public final class LeadBrowserApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(LeadBrowserApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Lead Browser");
        stage.setScene(new Scene(new Label("Lead Browser"), 640, 400));
        stage.show();
    }
}
