package app.leadbrowser.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Turns a successful envelope ({@code meta} and {@code data}) into the call's result. */
@FunctionalInterface
public interface ResponseReader<T> {
    T read(JsonNode envelope) throws IOException;
}
