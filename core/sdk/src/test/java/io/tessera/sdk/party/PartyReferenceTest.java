package io.tessera.sdk.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.TesseraModule;
import org.junit.jupiter.api.Test;

class PartyReferenceTest {

    @Test
    void acceptsLowerCaseIdentifiersAndALabel() {
        PartyReference reference = new PartyReference("opportunities", "party_id", "deals");
        assertThat(reference.table()).isEqualTo("opportunities");
        assertThat(reference.column()).isEqualTo("party_id");
    }

    @Test
    void refusesAnythingThatIsNotAPlainIdentifierSoNoOtherTextReachesSql() {
        assertThatThrownBy(() -> new PartyReference("deals; drop table parties", "party_id", "deals"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
        assertThatThrownBy(() -> new PartyReference("deals", "Party_Id", "deals"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column");
        assertThatThrownBy(() -> new PartyReference("deals", "party_id", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
    }

    @Test
    void aModuleDeclaresNoReferencesByDefault() {
        TesseraModule module = new TesseraModule() {
            @Override
            public String name() {
                return "Plain";
            }

            @Override
            public ModuleCategory category() {
                return ModuleCategory.CRM;
            }
        };
        assertThat(module.partyReferences()).isEmpty();
    }
}
