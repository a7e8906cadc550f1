package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.it.azure.ServerEvent;
import io.asyncgen.runtime.internal.JsonSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * This module builds what a Spring Boot 4 application builds: the GA client generated with
 * useJackson3 on asyncgen-runtime-jackson3 and Jackson 3, with nothing of Jackson 2 but its
 * annotations (the enforcer's bannedDependencies keeps it so; this says what it means).
 */
class Jackson3ClassPathTest {

  @Test
  void jackson2DatabindIsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.databind.JsonNode"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.core.JsonParser"));
  }

  @Test
  void theGeneratedClientAndTheRuntimeSpeakJackson3() throws Exception {
    assertEquals(JsonNode.class, ServerEvent.Unknown.class.getMethod("json").getReturnType());
    assertEquals(JsonNode.class, JsonSupport.class.getMethod("parse", String.class).getReturnType());
  }
}
