package app.leadbrowser.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The About box's list of libraries names every library the pom brings into the app. */
class LibraryTest {

    @Test
    void everyDependencyOfTheAppIsListedWithItsLicence() throws Exception {
        Element project = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile())
                .getDocumentElement();
        List<String> unlisted = new ArrayList<>();
        for (Element dependency : children(child(project, "dependencies"), "dependency")) {
            String scope = text(dependency, "scope");
            String group = text(dependency, "groupId");
            if (!"test".equals(scope)
                    && Library.BUNDLED.stream()
                            .noneMatch(library -> library.groups().contains(group))) {
                unlisted.add(group + ":" + text(dependency, "artifactId"));
            }
        }
        assertEquals(List.of(), unlisted);
        Library.BUNDLED.forEach(library -> {
            assertEquals(false, library.licence().isBlank(), library.name());
            assertEquals(true, library.url().startsWith("https://"), library.name());
        });
    }

    private static Element child(Element parent, String name) {
        return children(parent, name).get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }
}
