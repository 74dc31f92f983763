package io.tessera.kernel.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.tessera.kernel.plugin.KernelVersion;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API beyond what springdoc reads from the controllers: who may call it (HTTP Basic, or a
 * bearer API key / OpenID Connect token) and the RFC 9457 problem+json answer of every error.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String CSV = "text/csv";

    /** Error statuses every authenticated endpoint may answer, with what they mean here. */
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Malformed request; `errors` names the offending fields",
            "401", "Not signed in, or bad credentials",
            "403", "Signed in without the permission the endpoint requires",
            "404", "No such record in the current tenant, or the module is not enabled for it",
            "409", "Conflicts with the record's current state or version",
            "422", "Well-formed but invalid; `errors` names the offending fields");

    @Bean
    OpenAPI tesseraOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Tessera API").version(KernelVersion.sdkVersion())
                        .description("Multi-tenant CRM and ERP. Every path under /api/v1 acts in the signed-in user's "
                                + "tenant (header X-Tenant when the user belongs to several); plugin endpoints live under "
                                + "/api/v1/<moduleId>/ and answer 404 while the module is not enabled for the tenant.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("E-mail and password of a tenant user (the platform operator's on "
                                        + "/api/v1/platform)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A tenant API key (tsk_…) or an OpenID Connect access token")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Adds the problem+json error responses to every operation that does not describe them as such itself. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            // here rather than on the OpenAPI bean: springdoc replaces the schemas with those it resolved
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiConfiguration::addErrors));
        };
    }

    /**
     * Describes the {@code text/csv} answer of whole-list exports ({@code RowExport}) as what it is on the wire, CSV
     * text, instead of the Java type the handler returns.
     */
    @Bean
    OpenApiCustomizer csvExports() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() == null) {
                    return;
                }
                operation.getResponses().values().forEach(response -> {
                    if (response.getContent() != null && response.getContent().containsKey(CSV)) {
                        response.getContent().get(CSV).setSchema(new StringSchema().description(
                                "CSV (RFC 4180): a header row, then every row matching the filters, not one page"));
                    }
                });
            }));
            if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().keySet().removeIf(name -> name.startsWith("RowExport") || name.equals("Batches")
                        || name.startsWith("BatchesObject"));
            }
        };
    }

    private static void addErrors(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ERRORS.forEach((status, meaning) -> {
            ApiResponse existing = responses.get(status);
            if (existing == null || existing.getContent() == null || !existing.getContent().containsKey("application/problem+json")) {
                responses.addApiResponse(status, new ApiResponse().description(meaning)
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
        operation.setResponses(responses);
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The offending field, as named in the request"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("A readable message"))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(fieldError));
    }
}
