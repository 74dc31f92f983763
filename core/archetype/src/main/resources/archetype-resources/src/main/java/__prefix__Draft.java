package ${package};

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the form edits; the same rules as the API's request. */
public class ${prefix}Draft {

    @NotBlank
    @Size(max = 200)
    private String title = "";

    @Size(max = 4000)
    private String body = "";

    private Long version;

    /** @return the title */
    public String getTitle() {
        return title;
    }

    /** @param title the title */
    public void setTitle(String title) {
        this.title = title;
    }

    /** @return the details */
    public String getBody() {
        return body;
    }

    /** @param body the details */
    public void setBody(String body) {
        this.body = body;
    }

    ${prefix}Request request() {
        return new ${prefix}Request(title, body, version);
    }

    static ${prefix}Draft of(${prefix}View view) {
        ${prefix}Draft draft = new ${prefix}Draft();
        draft.title = view.title();
        draft.body = view.body() == null ? "" : view.body();
        draft.version = view.version();
        return draft;
    }
}
