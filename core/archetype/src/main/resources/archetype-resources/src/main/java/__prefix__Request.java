package ${package};

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An entry as clients send it, to create (POST) or replace (PUT) it. Invalid fields are answered 422 problem+json
 * naming each of them.
 *
 * @param title   a one-line title
 * @param body    details
 * @param version on update: the version read, to refuse a lost update (409)
 */
record ${prefix}Request(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String body, Long version) {
}
