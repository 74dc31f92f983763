package io.tessera.sdk.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A position in a list sorted by a unique key: the sort key's values of the last row a client has seen, sent back
 * as the {@code after} query parameter to get the rows that follow it (keyset paging). Its text form is opaque to
 * clients (URL-safe Base64); a list endpoint reads it through {@link PageView.Paging#of(Integer, Integer, String, int)}
 * and puts the next one into {@link PageView#next()}. Unlike a page number it stays right while rows are inserted
 * or deleted before it, and it costs the same at the millionth row as at the first.
 *
 * @param values the sort key's values, in sort order, as text
 */
public record Cursor(List<String> values) {

    private static final char SEPARATOR = '\n';

    /** Copies the values. */
    public Cursor {
        values = List.copyOf(values);
    }

    /**
     * The cursor after a row with these sort key values.
     *
     * @param values the last row's sort key, in sort order (UUIDs, instants, numbers, strings without line breaks)
     * @return the cursor
     */
    public static Cursor of(Object... values) {
        return new Cursor(Arrays.stream(values).map(String::valueOf).toList());
    }

    /**
     * Reads a cursor's text form.
     *
     * @param text    what {@link #encode()} gave
     * @param keySize how many values the list's sort key has
     * @return the cursor
     * @throws ApiProblem 400 naming {@code after} when the text is not such a cursor
     */
    public static Cursor parse(String text, int keySize) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            List<String> values = List.of(decoded.split(String.valueOf(SEPARATOR), -1));
            if (values.size() != keySize) {
                throw ApiProblem.badRequest("after", "is not a cursor of this list");
            }
            return new Cursor(values);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("after", "is not a cursor of this list");
        }
    }

    /**
     * The text form clients send back as {@code after}.
     *
     * @return URL-safe Base64 without padding
     */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), values).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A value of the key as a UUID.
     *
     * @param index the value's position in the key
     * @return the UUID
     * @throws ApiProblem 400 naming {@code after} when it is not one
     */
    public UUID uuid(int index) {
        try {
            return UUID.fromString(values.get(index));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("after", "is not a cursor of this list");
        }
    }

    /**
     * A value of the key as an instant.
     *
     * @param index the value's position in the key
     * @return the instant
     * @throws ApiProblem 400 naming {@code after} when it is not one
     */
    public Instant instant(int index) {
        try {
            return Instant.parse(values.get(index));
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("after", "is not a cursor of this list");
        }
    }
}
