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
    assertEquals(List.of("providerData"), session.properties().stream().map(Property::wireName).toList());
    assertEquals(List.of("memory"), ((RecordType) api.type("SessionProviderData")).properties().stream()
        .map(Property::wireName).toList());
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
    assertEquals(List.of("overlay.yaml:4:5: error: overlay target '$.components.schemas.Nope' matches nothing in"
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
    assertEquals(List.of("overlay.yaml:1:1: error: not an OpenAPI Overlay 1.0 document: it must start with"
        + " 'overlay: 1.0.0'"), withOverlay("actions: []\n").diagnostics());
  }
}
