package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every operator, unit and property type has a name in both languages; a row's problems read in Russian too. */
class FilterTextsTest {
    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void everyOperatorUnitAndTypeIsNamedInBothLanguages() {
        for (Locale language : Texts.LANGUAGES) {
            Texts.use(language);
            for (Operator operator : Operator.values()) {
                assertFalse(OperatorLabels.label(operator).startsWith("!"), operator + " in " + language);
            }
            for (DateUnit unit : DateUnit.values()) {
                assertFalse(OperatorLabels.label(unit).startsWith("!"), unit + " in " + language);
            }
            for (PropertyType type : PropertyType.values()) {
                assertFalse(type.displayName().startsWith("!"), type + " in " + language);
            }
        }
    }

    @Test
    void aRowSaysWhatIsWrongInRussian() {
        Texts.use(Locale.forLanguageTag("ru"));
        PropertyCatalog catalog = new PropertyCatalog();
        FilterRowViewModel row = new FilterRowViewModel();
        assertEquals("Выберите свойство", row.errorProperty().get());

        row.propertyProperty().set(catalog.resolve("$sessions"));
        assertEquals("Сессии", row.propertyProperty().get().label());
        row.operatorProperty().set(Operator.RANGE);
        row.valueProperty().set("9");
        row.valueToProperty().set("1");
        assertEquals("Нижняя граница 9 больше верхней 1", row.errorProperty().get());
        row.valueToProperty().set("x");
        assertEquals("«x» — не число", row.valueToErrorProperty().get());

        row.propertyProperty().set(catalog.resolve("$last_seen"));
        row.operatorProperty().set(Operator.DAYSLESS);
        row.valueProperty().set("-2");
        assertEquals(
                "Количество не может быть отрицательным", row.errorProperty().get());
        assertEquals("меньше … назад", OperatorLabels.label(Operator.DAYSLESS));
    }
}
