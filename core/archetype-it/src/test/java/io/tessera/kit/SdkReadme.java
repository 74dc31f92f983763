package io.tessera.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fenced code blocks of {@code core/sdk/README.md}, the plugin tutorial. */
final class SdkReadme {

    /** One fenced block: its language and its text (trailing blanks of each line removed). */
    record Block(String language, String text) {
    }

    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\s*$");

    private SdkReadme() {
    }

    static List<Block> blocks(Path readme) throws IOException {
        Matcher matcher = FENCE.matcher(Files.readString(readme));
        List<Block> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(new Block(matcher.group(1), normalize(matcher.group(2))));
        }
        return blocks;
    }

    static String normalize(String text) {
        return text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }
}
