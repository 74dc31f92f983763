package io.tessera.kernel.plugin;

import java.util.ArrayList;
import java.util.List;

/** Turns an exception chain into one readable line for the operator. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable error) {
        List<String> parts = new ArrayList<>();
        Throwable current = error;
        while (current != null && parts.size() < 5) {
            String message = current.getMessage();
            String part = current.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
            if (parts.stream().noneMatch(p -> p.contains(message == null ? part : message.strip()))) {
                parts.add(part);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        String text = String.join(" <- ", parts);
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
