package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.leadbrowser.client.error.AuthenticationException;
import app.leadbrowser.client.error.ConnectionException;
import app.leadbrowser.client.error.NotFoundException;
import app.leadbrowser.client.error.RateLimitedException;
import app.leadbrowser.client.error.ServerException;
import app.leadbrowser.client.error.ValidationException;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.InvalidBaseUrlException;
import app.leadbrowser.settings.JsonFileStore;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failures as sentences, told apart by their type and data, never by the client's English message. */
class UserMessagesTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void apiFailuresAreToldByTheirTypeAndData() {
        assertEquals(
                "The API token was refused: missing, wrong or expired (NotAuthenticated)",
                UserMessages.describe(new AuthenticationException(401, "NotAuthenticated", "whatever")));
        assertEquals(
                "Too many requests; Dashly asks to slow down for 30 s (HTTP 429)",
                UserMessages.describe(new RateLimitedException(429, null, "x", Duration.ofSeconds(30))));
        assertEquals("Not found (LookupError)", UserMessages.describe(new NotFoundException(200, "LookupError", "x")));
        assertEquals(
                "Dashly had an internal error (HTTP 502)", UserMessages.describe(new ServerException(502, null, "x")));
        assertEquals(
                "The request was refused; fields at fault: limit (ValidationError)",
                UserMessages.describe(new ValidationException(400, "ValidationError", "x", Map.of("limit", "1..50"))));
        assertEquals(
                "The server did not answer in time",
                UserMessages.describe(new ConnectionException("x", new SocketTimeoutException())));
    }

    @Test
    void theSameFailuresInRussian() {
        Texts.use(RUSSIAN);
        assertEquals(
                "API-токен отклонён: он не указан, неверен или устарел (NotAuthenticated)",
                UserMessages.describe(
                        new AuthenticationException(401, "NotAuthenticated", "The API token was refused")));
        assertEquals(
                "Слишком много запросов: Dashly просит подождать 30 с (HTTP 429)",
                UserMessages.describe(new RateLimitedException(429, null, "x", Duration.ofSeconds(30))));
        assertEquals(
                "Не удалось найти сервер по имени: проверьте базовый адрес и сеть",
                UserMessages.describe(new ConnectionException("x", new UnknownHostException("h"))));
        assertEquals(
                "Запрос не отправлен: он нарушает правила API Dashly",
                UserMessages.describe(ValidationException.notSent(List.of("limit must be 1..50"))));
    }

    @Test
    void everyBaseUrlProblemHasASentenceInBothLanguages() {
        for (Locale language : Texts.LANGUAGES) {
            Texts.use(language);
            for (String url : List.of("", "ht tp://x", "ftp://x", "https://x?q=1", "http://example.com")) {
                InvalidBaseUrlException problem = baseUrlProblem(url);
                String sentence = UserMessages.describe(problem);
                assertFalse(sentence.startsWith("!"), problem.problem() + " in " + language);
            }
        }
        for (InvalidBaseUrlException.Problem problem : InvalidBaseUrlException.Problem.values()) {
            for (Locale language : Texts.LANGUAGES) {
                Texts.use(language);
                assertFalse(
                        Texts.get("errors.baseUrl." + problem.name().toLowerCase(Locale.ROOT))
                                .startsWith("!"),
                        problem + " in " + language);
            }
        }
    }

    @Test
    void aBrokenSettingsFileIsExplainedInBothLanguages() {
        JsonFileStore.BrokenFile broken = new JsonFileStore.BrokenFile(
                Path.of("config", "settings.json"),
                JsonFileStore.BrokenReason.NOT_JSON,
                Optional.of(Path.of("config", "settings.json.broken-1")));
        String folder = Path.of("config").toString();
        assertEquals(
                "Your settings could not be read (it is not valid JSON), so Lead Browser started with the defaults."
                        + " The old file was kept as settings.json.broken-1 in " + folder + ".",
                UserMessages.settingsNotRead(broken));
        Texts.use(RUSSIAN);
        assertEquals(
                "Не удалось прочитать настройки (это не корректный JSON), поэтому Lead Browser запущен с настройками"
                        + " по умолчанию. Старый файл сохранён как settings.json.broken-1 в папке " + folder + ".",
                UserMessages.settingsNotRead(broken));
        for (JsonFileStore.BrokenReason reason : JsonFileStore.BrokenReason.values()) {
            String text = UserMessages.settingsNotRead(
                    new JsonFileStore.BrokenFile(Path.of("settings.json"), reason, Optional.empty()));
            assertFalse(text.contains("!errors"), text);
        }
    }

    @Test
    void inputErrorsKeepTheirMessageAndAnythingElseSaysNoClassNameOrTrace() {
        assertEquals("The app id is empty", UserMessages.describe(new IllegalArgumentException("The app id is empty")));
        assertEquals(
                "Something unexpected went wrong. Try again.",
                UserMessages.describe(new NullPointerException("x.y() is null")));
        Texts.use(RUSSIAN);
        assertEquals("Что-то пошло не так. Попробуйте ещё раз.", UserMessages.describe(new NullPointerException("x")));
    }

    private static InvalidBaseUrlException baseUrlProblem(String url) {
        try {
            ClientConfig.checkBaseUrl(url);
        } catch (InvalidBaseUrlException e) {
            return e;
        }
        throw new AssertionError("accepted: " + url);
    }
}
