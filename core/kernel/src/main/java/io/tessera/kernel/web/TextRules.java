package io.tessera.kernel.web;

/**
 * The one rule for text the API accepts: no control characters (C0, DEL, C1) except tab, line feed and carriage
 * return. NUL in particular never reaches the database (PostgreSQL refuses it in text).
 */
final class TextRules {

    /** The message naming the rule. */
    static final String MESSAGE = "must not contain control characters (only tab, line feed and carriage return are allowed)";

    private TextRules() {
    }

    /** Whether the text holds a control character other than tab, LF and CR. */
    static boolean hasControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
