package io.tessera.tenants.data;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.web.ApiProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The exports that purge and offboarding write before deleting, under {@code tessera.exports.dir}/&lt;tenant&gt;/.
 * An export is kept only when the deletion it precedes commits: if the operation fails, its file is removed, so
 * no export ever describes data that was not deleted.
 */
@Component
public class ExportFiles {

    private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);

    private final TableExporter exporter;
    private final Path directory;

    ExportFiles(TableExporter exporter, @Value("${tessera.exports.dir:data/exports}") Path directory) {
        this.exporter = exporter;
        this.directory = directory;
    }

    /**
     * Where a new export of the tenant goes.
     *
     * @param tenant the tenant
     * @param name   what it is, e.g. {@code leads-purge}
     * @return an absolute path, {@code <name>-<instant>.zip}, not yet written
     */
    public Path newFile(TenantRef tenant, String name) {
        return directory.resolve(tenant.slug()).resolve(name + "-" + Instant.now().toString().replace(':', '-') + ".zip")
                .toAbsolutePath();
    }

    /**
     * Writes the tenant's rows of the tables to the file; call inside the transaction of the deletion that follows.
     *
     * @param file   from {@link #newFile}
     * @param tables lower-case table names
     * @param tenant the tenant in scope
     * @throws ApiProblem 500 when the file cannot be written (nothing is deleted then)
     */
    public void write(Path file, List<String> tables, TenantRef tenant) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                exporter.export(out, tables, tenant.id(), tenant.slug());
            }
        } catch (IOException e) {
            throw new ApiProblem(500, "Could not write the export, so nothing was deleted: " + e.getMessage(), List.of());
        }
    }

    /**
     * Runs an operation that writes the export and then deletes (and commits); if it fails, the export is removed.
     *
     * @param file      the export the operation writes
     * @param operation the whole operation, its transaction included
     * @param <T>       its result
     * @return the operation's result
     */
    public <T> T discardIfFailed(Path file, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException | Error e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException io) {
                log.warn("Could not remove the export {} of a failed operation", file, io);
                e.addSuppressed(io);
            }
            throw e;
        }
    }
}
