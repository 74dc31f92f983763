package io.tessera.plugins.inventory.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.web.ApiProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application's append-only guard, which is all the embedded H2 has (PostgreSQL also has triggers): a batch in
 * which a row changed nothing is refused, and every statement in the module's sources that changes a stock move or a
 * valuation layer is one that can only change open moves / move layers towards zero, and has its counts checked.
 */
class AppendOnlyTest {

    private static final Pattern STATEMENT = Pattern.compile(
            "(?is)(update\\s+inv_moves\\b|update\\s+inv_valuation_layers\\b|delete\\s+from\\s+inv_moves\\b|delete\\s+from\\s+inv_valuation_layers\\b)"
                    + "(.*?)(\"\"\"|\"\\s*[,)])");

    @Test
    void aBatchRowThatChangedNothingIsRefusedNamingItsRecord() {
        assertThatCode(() -> AppendOnly.requireEachChanged(new int[] {1, 1}, i -> "move " + i)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AppendOnly.requireEachChanged(new int[] {1, 0, 1}, i -> "move " + "ABC".charAt(i)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.getMessage()).contains("move B").doesNotContain("move A", "move C");
                });
    }

    @Test
    void everyStatementChangingMovesOrLayersIsGuarded() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = STATEMENT.matcher(source);
                while (m.find()) {
                    found.add(file.getFileName() + ": " + m.group());
                    assertThat(violation(m.group(), source.substring(m.end(), Math.min(source.length(), m.end() + 600))))
                            .as(file + ": " + m.group()).isNull();
                }
            }
        }
        assertThat(found).as("the statements the rule looked at").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theRuleFindsUnguardedStatements() {
        assertThat(violation("update inv_moves set quantity = ? where tenant_id = ? and id = ?\"\"\"", "")).contains("done");
        assertThat(violation("update inv_moves set quantity = ? where tenant_id = ? and id = ? and state <> 'DONE'\"\"\"", ""))
                .contains("counts");
        assertThat(violation("update inv_valuation_layers set amount = ? where tenant_id = ? and id = ?\"", "")).contains("towards zero");
        assertThat(violation("delete from inv_moves where tenant_id = ?\"", "")).contains("deletes");
        assertThat(violation("update inv_moves set quantity = ? where tenant_id = ? and id = ? and state <> 'DONE'\"\"\"",
                "rows);\n        AppendOnly.requireEachChanged(counts, i -> \"\");")).isNull();
    }

    /** Why a statement breaks the rule, or null. */
    static String violation(String statement, String after) {
        String sql = statement.toLowerCase().replaceAll("\\s+", " ");
        if (sql.startsWith("delete")) {
            return "deletes a move or layer: only the erase function may";
        }
        boolean statesOnly = sql.contains("set state = ?") && sql.contains("state in ('draft', 'confirmed', 'assigned')");
        if (sql.startsWith("update inv_moves") && !sql.contains("state <> 'done'") && !statesOnly) {
            return "may change a done move";
        }
        if (sql.startsWith("update inv_valuation_layers") && !(sql.contains("set remaining_qty = remaining_qty - ?")
                && sql.contains("abs(remaining_qty - ?) <= abs(remaining_qty)"))) {
            return "may change a layer other than its remaining quantity towards zero";
        }
        if (!statesOnly && !after.contains("AppendOnly.requireEachChanged(")) {
            return "its update counts are not checked";
        }
        return null;
    }
}
