package app.leadbrowser.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** File choosers answered by the test (no native dialog can open headless): each question takes the next answer. */
public final class AnsweringFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();

    /** The file the next chooser returns. */
    public AnsweringFileDialogs answer(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public Optional<Path> chooseSave(Window owner, String title, Path suggested, String extension) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseOpen(Window owner, String title, Path folder, String extension) {
        return Optional.ofNullable(answers.poll());
    }
}
