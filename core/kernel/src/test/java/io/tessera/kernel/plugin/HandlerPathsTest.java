package io.tessera.kernel.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

class HandlerPathsTest {

    @RestController
    @RequestMapping("/api/v1/notes")
    static class UnderThePrefix {
        @GetMapping
        void list() {
        }

        @PostMapping("{id}/archive")
        void archive() {
        }

        @GetMapping("/public/{key}/form")
        void publicForm() {
        }
    }

    @RestController
    static class AbsolutePaths {
        @GetMapping("/api/v1/notes/export")
        void export() {
        }

        @GetMapping("/api/v1/other/steal")
        void steal() {
        }
    }

    @RestController
    @RequestMapping("/api/v1/notesx")
    static class SharedStartOnly {
        @GetMapping
        void list() {
        }
    }

    @RestController
    @RequestMapping("/api/v1/notes")
    static class ClimbsOut {
        @GetMapping("../admin/modules")
        void climb() {
        }
    }

    @RestController
    static class NoPath {
        @GetMapping
        void root() {
        }
    }

    @Service
    static class NotAController {
        @GetMapping("/anywhere")
        void ignored() {
        }
    }

    static class InheritsAHandler extends AbsolutePaths {
    }

    @Test
    void handlersUnderTheModulesPrefixAndNonControllersPass() {
        assertThatCode(() -> HandlerPaths.requireUnderModulePrefix("notes", List.of(UnderThePrefix.class, NotAController.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void aHandlerOutsideThePrefixIsNamedWithItsPath() {
        assertThatThrownBy(() -> HandlerPaths.requireUnderModulePrefix("notes", List.of(AbsolutePaths.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AbsolutePaths.steal at '/api/v1/other/steal'")
                .hasMessageNotContaining("export");
    }

    @Test
    void aPrefixThatOnlySharesItsStartIsOutside() {
        assertThatThrownBy(() -> HandlerPaths.requireUnderModulePrefix("notes", List.of(SharedStartOnly.class)))
                .hasMessageContaining("'/api/v1/notesx'");
    }

    @Test
    void dotSegmentsAndMissingPathsAreOutside() {
        assertThatThrownBy(() -> HandlerPaths.requireUnderModulePrefix("notes", List.of(ClimbsOut.class, NoPath.class)))
                .hasMessageContaining("ClimbsOut.climb at '/api/v1/admin/modules'")
                .hasMessageContaining("NoPath.root at '/'");
    }

    @Test
    void inheritedHandlersCount() {
        assertThatThrownBy(() -> HandlerPaths.requireUnderModulePrefix("notes", List.of(InheritsAHandler.class)))
                .hasMessageContaining("steal");
    }

    @Test
    void pathsCombineAsSpringJoinsLiteralPaths() {
        assertThat(HandlerPaths.combine("/api/v1/notes", "")).isEqualTo("/api/v1/notes");
        assertThat(HandlerPaths.combine("api/v1/notes/", "/x")).isEqualTo("/api/v1/notes/x");
        assertThat(HandlerPaths.combine("", "api/v1/notes//y")).isEqualTo("/api/v1/notes/y");
    }
}
