package io.asyncgen.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayTest {
    private static final String SPEC = """
      components:
        schemas:
          Session:
            type: object
            properties:
              providerData: {}
              legacy: {type: string}
      """;

    private static SpecBuilder withOverlay(String overlay) {
        SpecBuilder spec = SpecBuilder.document(SPEC).file("overlay.yaml", overlay);
        return spec.overlay("overlay.yaml");
    }

    @Test
    void updateTypesAPropertyAndRemoveDropsOne() {
        AsyncApi api = withOverlay("""
        overlay: 1.0.0
        info: {title: type providerData, version: '1'}
        actions:
          - target: $.components.schemas.Session.properties.providerData
            update:
              type: object
              properties:
                memory: {type: boolean}
          - target: $.components.schemas.Session.properties.legacy
            remove: true
        """).link();

        RecordType session = (RecordType) api.type("Session");
        assertEquals(
                List.of("providerData"),
                session.properties().stream().map(Property::wireName).toList());
        assertEquals(
                List.of("memory"),
                ((RecordType) api.type("SessionProviderData"))
                        .properties().stream().map(Property::wireName).toList());
    }

    @Test
    void updateAddsComponentsNamedAfterTheirNewPlace() {
        AsyncApi api = withOverlay("""
        overlay: 1.0.0
        info: {title: add an event, version: '1'}
        actions:
          - target: $.components.schemas
            update:
              Backchannel:
                type: object
                properties:
                  session: {$ref: '#/components/schemas/Session'}
        """).link();

        assertEquals(List.of("Session", "Backchannel"), List.copyOf(api.types().keySet()));
    }

    @Test
    void targetMatchingNothingIsAnErrorAtTheAction() {
        assertEquals(
                List.of("overlay.yaml:4:5: error: overlay target '$.components.schemas.Nope' matches nothing in"
                        + " spec.yaml; fix the target or drop the action"),
                withOverlay("""
            overlay: 1.0.0
            info: {title: t, version: '1'}
            actions:
              - target: $.components.schemas.Nope
                remove: true
            """).diagnostics());
    }

    @Test
    void notAnOverlayIsRefused() {
        assertEquals(
                List.of("overlay.yaml:1:1: error: not an OpenAPI Overlay 1.0 document: it must start with"
                        + " 'overlay: 1.0.0'"),
                withOverlay("actions: []\n").diagnostics());
    }

    @Test
    void anOverlayThatIsNoMappingIsRefused() {
        assertEquals(
                List.of("overlay.yaml:1:1: error: an overlay must be a mapping with 'overlay: 1.0.0' and 'actions'"),
                withOverlay("- target: $.info\n").diagnostics());
    }

    @Test
    void anOverlayWithoutActionsIsRefused() {
        assertEquals(
                List.of("overlay.yaml:1:1: error: an overlay needs 'actions', a list of {target, update | remove}"),
                withOverlay("overlay: 1.0.0\ninfo: {title: t, version: '1'}\n").diagnostics());
    }

    @Test
    void anActionNeedsATargetAndAnUpdateOrARemoval() {
        assertEquals(
                List.of(
                        "overlay.yaml:4:5: error: an overlay action needs a 'target' (a JSONPath expression such as"
                                + " $.components.schemas.Foo)",
                        "overlay.yaml:5:5: error: overlay action for '$.components.schemas.Session' has neither 'update' nor"
                                + " 'remove: true'"),
                withOverlay("""
            overlay: 1.0.0
            info: {title: t, version: '1'}
            actions:
              - remove: true
              - target: $.components.schemas.Session
            """).diagnostics());
    }

    @Test
    void aTargetThatIsNoJsonPathIsAnErrorAtTheAction() {
        assertEquals(
                List.of("overlay.yaml:4:5: error: overlay target '$..' is not a valid JSONPath: Path must not end"
                        + " with a '.' or '..'"),
                withOverlay("""
            overlay: 1.0.0
            info: {title: t, version: '1'}
            actions:
              - target: $..
                remove: true
            """).diagnostics());
    }
}
