package io.tessera.sdk.persistence;

import java.util.Locale;

/**
 * Patterns for SQL / JPQL {@code LIKE} from user input, bound as a parameter and matched with
 * {@code escape '\'}: the wildcards {@code %} and {@code _} and the escape character {@code \} in the input match
 * themselves, so a search for {@code 50%} finds "50%" and not "500".
 *
 * <pre>{@code
 * where.append(" and lower(o.name) like :name escape '\\'");
 * params.put("name", Like.containing(text));
 * }</pre>
 */
public final class Like {

    /** The escape character the patterns use; name it in the query: {@code like :p escape '\'}. */
    public static final char ESCAPE = '\\';

    private Like() {
    }

    /**
     * The input with {@code \}, {@code %} and {@code _} escaped, to be embedded in a pattern.
     *
     * @param text the user's text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * A pattern matching any value that contains the text, ignoring case when compared with {@code lower(column)}:
     * the text stripped, lower-cased ({@link Locale#ROOT}), escaped and enclosed in {@code %}.
     *
     * @param text the user's text
     * @return the pattern
     */
    public static String containing(String text) {
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }
}
