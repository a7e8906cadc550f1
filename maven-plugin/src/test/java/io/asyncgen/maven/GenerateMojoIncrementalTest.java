package io.asyncgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incremental rules of asyncgen:generate, run on a small project in a temporary folder. */
class GenerateMojoIncrementalTest {
  private static final String SPEC = """
      asyncapi: 2.6.0
      info: {title: Events, version: '1'}
      channels:
        /socket:
          subscribe:
            operationId: receiveEvent
            message:
              oneOf:
                - $ref: '#/components/messages/Ping'
                - $ref: '#/components/messages/Say'
      components:
        messages:
          Ping:
            payload: {$ref: '#/components/schemas/PingEvent'}
          Say:
            payload: {$ref: 'schemas.yaml#/SayEvent'}
        schemas:
          PingEvent:
            type: object
            required: [type]
            properties:
              type: {type: string, const: ping}
      """;
  private static final String SCHEMAS = """
      SayEvent:
        type: object
        required: [type]
        properties:
          type: {type: string, const: say}
          text: {type: string}
      """;

  @TempDir
  Path project;

  private final List<String> log = new ArrayList<>();

  @Test
  void unchangedInputsAreUpToDateAndTouchNothing() throws Exception {
    write("spec.yaml", SPEC);
    write("schemas.yaml", SCHEMAS);
    run("com.example.events");
    Path say = generated("com/example/events/SayEvent.java");
    long written = Files.getLastModifiedTime(say).toMillis();
    Thread.sleep(20);
    run("com.example.events");
    assertTrue(last().startsWith("asyncgen: spec.yaml: up to date"), last());
    assertEquals(written, Files.getLastModifiedTime(say).toMillis());
  }

  @Test
  void editingAReferencedFileRegenerates() throws Exception {
    write("spec.yaml", SPEC);
    write("schemas.yaml", SCHEMAS);
    run("com.example.events");
    write("schemas.yaml", SCHEMAS + "    volume: {type: number}\n");
    run("com.example.events");
    assertTrue(last().contains("(1 written, 0 deleted)"), last());
    assertTrue(Files.readString(generated("com/example/events/SayEvent.java")).contains("Double volume"));
  }

  @Test
  void removingAMessageDeletesItsFile() throws Exception {
    write("spec.yaml", SPEC);
    write("schemas.yaml", SCHEMAS);
    run("com.example.events");
    write("spec.yaml", SPEC.replace("          - $ref: '#/components/messages/Say'\n", "")
        .replace("          Say:\n            payload: {$ref: 'schemas.yaml#/SayEvent'}\n", ""));
    run("com.example.events");
    assertFalse(Files.exists(generated("com/example/events/SayEvent.java")));
    assertTrue(last().contains(" deleted)") && !last().contains(" 0 deleted)"), last());
  }

  @Test
  void changingThePackageRegenerates() throws Exception {
    write("spec.yaml", SPEC);
    write("schemas.yaml", SCHEMAS);
    run("com.example.events");
    run("com.example.other");
    assertTrue(Files.exists(generated("com/example/other/PingEvent.java")));
    assertFalse(Files.exists(generated("com/example/events/PingEvent.java")), "stale files of the old package are deleted");
  }

  @Test
  void withoutPackageNameTheDocumentsXJavaPackageIsUsedAndFollowed() throws Exception {
    write("spec.yaml", "x-java-package: com.acme.events\n" + SPEC);
    write("schemas.yaml", SCHEMAS);
    run(null);
    assertTrue(Files.exists(generated("com/acme/events/PingEvent.java")));
    run(null);
    assertTrue(last().startsWith("asyncgen: spec.yaml: up to date"), last());

    write("spec.yaml", "x-java-package: com.acme.realtime\n" + SPEC);
    run(null);
    assertTrue(Files.exists(generated("com/acme/realtime/PingEvent.java")));
    assertFalse(Files.exists(generated("com/acme/events/PingEvent.java")), "stale files of the old package are deleted");
  }

  @Test
  void withoutPackageNameOrXJavaPackageTheBuildFailsNamingBoth() throws Exception {
    write("spec.yaml", SPEC);
    write("schemas.yaml", SCHEMAS);
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> run(null));
    assertEquals("asyncgen: no Java package for spec.yaml: set <packageName>, or x-java-package at the top of the"
        + " document", e.getMessage());
  }

  @Test
  void twoDocumentsNamingOnePackageFailTheBuild() throws Exception {
    write("a.yaml", "x-java-package: com.acme.events\n" + SPEC);
    write("b.yaml", "x-java-package: com.acme.events\n" + SPEC);
    write("schemas.yaml", SCHEMAS);
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> run(null, "a.yaml", "b.yaml"));
    assertEquals("asyncgen: a.yaml and b.yaml both generate into package com.acme.events; give one of them another"
        + " x-java-package, or set <packageName> (each document then gets packageName.<document name>)",
        e.getMessage());

    run("com.example", "a.yaml", "b.yaml");
    assertTrue(Files.exists(generated("com/example/a/PingEvent.java")));
    assertTrue(Files.exists(generated("com/example/b/PingEvent.java")));
  }

  @Test
  void aThreeDotXDocumentNeedsNoSwitchAndItsReferencedFilesAreFingerprinted() throws Exception {
    write("spec.yaml", """
        asyncapi: 3.0.0
        info: {title: Events, version: '1'}
        channels:
          socket:
            address: /socket
            messages:
              Ping: {$ref: '#/components/messages/Ping'}
              Say: {$ref: '#/components/messages/Say'}
        operations:
          sendEvent:
            action: send
            channel: {$ref: '#/channels/socket'}
        components:
          messages:
            Ping:
              payload: {type: object, title: PingEvent, required: [type], properties: {type: {type: string, const: ping}}}
            Say:
              payload: {$ref: 'schemas.yaml#/SayEvent'}
        """);
    write("schemas.yaml", SCHEMAS);
    run("com.example");
    assertTrue(Files.exists(generated("com/example/SayEvent.java")));
    assertTrue(Files.exists(generated("com/example/SocketClient.java")));

    write("schemas.yaml", SCHEMAS.replace("text:", "words:"));
    run("com.example");
    assertTrue(Files.readString(generated("com/example/SayEvent.java")).contains("words"));
  }

  private void run(String packageName) throws Exception {
    run(packageName, "spec.yaml");
  }

  private void run(String packageName, String... specs) throws Exception {
    GenerateMojo mojo = new GenerateMojo(null);
    MavenProject mavenProject = new MavenProject();
    mavenProject.setFile(project.resolve("pom.xml").toFile());
    Build build = new Build();
    build.setDirectory(project.resolve("target").toString());
    mavenProject.getModel().setBuild(build);
    set(mojo, "project", mavenProject);
    set(mojo, "execution", new MojoExecution(new MojoDescriptor(), "events"));
    if (specs.length == 1) {
      set(mojo, "inputSpec", specs[0]);
    } else {
      set(mojo, "inputSpecs", List.of(specs));
    }
    set(mojo, "packageName", packageName);
    set(mojo, "output", project.resolve("target/generated-sources/asyncgen").toFile());
    set(mojo, "role", "client");
    set(mojo, "addCompileSourceRoot", true);
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        log.add(content.toString());
      }
    });
    mojo.execute();
  }

  private String last() {
    return log.get(log.size() - 1);
  }

  private Path generated(String relative) {
    return project.resolve("target/generated-sources/asyncgen").resolve(relative);
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(project.resolve(name), text);
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = GenerateMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value instanceof File f ? f : value);
  }
}
