package io.asyncgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
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

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path project;

    private final List<String> log = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean useJackson3;
    private final List<Dependency> dependencies = new ArrayList<>();

    @Test
    void unchangedInputsAreUpToDateAndTouchNothing() throws Exception {
        write("spec.yaml", SPEC);
        write("schemas.yaml", SCHEMAS);
        run("com.example.events");
        Map<Path, String> before = generatedFiles();
        // every file dated long ago: a file written again would get the time of now
        for (Path file : before.keySet()) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        run("com.example.events");
        assertEquals(
                "asyncgen: spec.yaml: up to date (" + before.size() + " files, ", last().replaceAll("\\d+ ms\\)$", ""));
        assertEquals(before, generatedFiles());
        for (Path file : before.keySet()) {
            assertEquals(LONG_AGO, Files.getLastModifiedTime(file), file + " was written again");
        }
    }

    @Test
    void editingAReferencedFileRewritesOnlyTheFileWhoseContentChanged() throws Exception {
        write("spec.yaml", SPEC);
        write("schemas.yaml", SCHEMAS);
        run("com.example.events");
        Map<Path, String> before = generatedFiles();
        for (Path file : before.keySet()) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        write("schemas.yaml", SCHEMAS + "    volume: {type: number}\n");
        run("com.example.events");
        Path say = generated("com/example/events/SayEvent.java");
        assertTrue(last().contains(" files (1 written, 0 deleted) in "), last());
        Map<Path, String> after = generatedFiles();
        assertEquals(before.keySet(), after.keySet());
        assertEquals(
                List.of(say),
                after.keySet().stream()
                        .filter(file -> !before.get(file).equals(after.get(file)))
                        .toList());
        assertEquals(
                List.of(say),
                after.keySet().stream()
                        .filter(file -> !LONG_AGO.equals(lastModified(file)))
                        .toList());
    }

    @Test
    void anInputWithTheSizeAndTimeItWasHashedAtIsNotReadAgainUntilOneMoves() throws Exception {
        write("spec.yaml", SPEC);
        write("schemas.yaml", SCHEMAS);
        Files.setLastModifiedTime(project.resolve("spec.yaml"), LONG_AGO);
        Files.setLastModifiedTime(project.resolve("schemas.yaml"), LONG_AGO);
        run("com.example.events");
        // the trade-off of decision 0032: an edit of the same length whose time is set back goes unseen
        write("schemas.yaml", SCHEMAS.replace("text:", "line:"));
        Files.setLastModifiedTime(project.resolve("schemas.yaml"), LONG_AGO);
        run("com.example.events");
        assertTrue(last().contains(": up to date ("), last());
        Files.setLastModifiedTime(
                project.resolve("schemas.yaml"),
                FileTime.from(LONG_AGO.toInstant().plusSeconds(1)));
        run("com.example.events");
        assertTrue(last().contains(" files (1 written, 0 deleted) in "), last());
        assertTrue(
                Files.readString(generated("com/example/events/SayEvent.java")).contains(" line"));
    }

    @Test
    void anInputModifiedJustBeforeItWasReadIsHashedEvenWithTheSameSizeAndTime() throws Exception {
        write("spec.yaml", SPEC);
        write("schemas.yaml", SCHEMAS);
        FileTime justNow = Files.getLastModifiedTime(project.resolve("schemas.yaml"));
        run("com.example.events");
        write("schemas.yaml", SCHEMAS.replace("text:", "line:"));
        Files.setLastModifiedTime(project.resolve("schemas.yaml"), justNow);
        run("com.example.events");
        assertTrue(last().contains(" files (1 written, 0 deleted) in "), last());
    }

    @Test
    void removingAMessageDeletesItsFile() throws Exception {
        write("spec.yaml", SPEC);
        write("schemas.yaml", SCHEMAS);
        run("com.example.events");
        write(
                "spec.yaml",
                SPEC.replace("          - $ref: '#/components/messages/Say'\n", "")
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
        assertFalse(
                Files.exists(generated("com/example/events/PingEvent.java")),
                "stale files of the old package are deleted");
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
        assertFalse(
                Files.exists(generated("com/acme/events/PingEvent.java")),
                "stale files of the old package are deleted");
    }

    @Test
    void withoutPackageNameOrXJavaPackageTheBuildFailsNamingBoth() throws Exception {
        write("spec.yaml", SPEC);
        write("schemas.yaml", SCHEMAS);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> run(null));
        assertEquals(
                "asyncgen: no Java package for spec.yaml: set <packageName>, or x-java-package at the top of the"
                        + " document",
                e.getMessage());
    }

    @Test
    void twoDocumentsNamingOnePackageFailTheBuild() throws Exception {
        write("a.yaml", "x-java-package: com.acme.events\n" + SPEC);
        write("b.yaml", "x-java-package: com.acme.events\n" + SPEC);
        write("schemas.yaml", SCHEMAS);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> run(null, "a.yaml", "b.yaml"));
        assertEquals(
                "asyncgen: a.yaml and b.yaml both generate into package com.acme.events; give one of them another"
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
        assertTrue(Files.exists(generated("com/example/EventsClient.java")));

        write("schemas.yaml", SCHEMAS.replace("text:", "words:"));
        run("com.example");
        assertTrue(Files.readString(generated("com/example/SayEvent.java")).contains("words"));
    }

    @Test
    void switchingToJackson3RegeneratesWithJackson3Imports() throws Exception {
        write("spec.yaml", SPEC);
        write("schemas.yaml", SCHEMAS);
        run("com.example");
        assertTrue(Files.readString(generated("com/example/SayEvent.java"))
                .contains("import com.fasterxml.jackson.databind.JsonNode;\n"));

        useJackson3 = true;
        run("com.example");
        String say = Files.readString(generated("com/example/SayEvent.java"));
        assertTrue(say.contains("import tools.jackson.databind.JsonNode;\n"), say);
        assertFalse(say.contains("com.fasterxml.jackson.databind"), say);
        run("com.example");
        assertTrue(last().contains(": up to date ("), last());
        assertEquals(List.of(), warnings);
    }

    @Test
    void theRuntimeOfTheOtherTargetIsWarnedAbout() throws Exception {
        write("spec.yaml", SPEC);
        write("schemas.yaml", SCHEMAS);
        dependencies.add(dependency("asyncgen-runtime"));
        useJackson3 = true;
        run("com.example");
        assertEquals(
                List.of("asyncgen: the project depends on io.asyncgen:asyncgen-runtime, but the code is generated"
                        + " for Jackson 3 (<useJackson3>true</useJackson3>), which needs io.asyncgen:asyncgen-runtime-jackson3;"
                        + " depend on that instead, or set <useJackson3> to match"),
                warnings);

        warnings.clear();
        dependencies.set(0, dependency("asyncgen-runtime-jackson3"));
        run("com.example");
        assertEquals(List.of(), warnings);
    }

    private static Dependency dependency(String artifactId) {
        Dependency dependency = new Dependency();
        dependency.setGroupId("io.asyncgen");
        dependency.setArtifactId(artifactId);
        dependency.setVersion("0.1.0-SNAPSHOT");
        return dependency;
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
        mavenProject.getModel().setDependencies(new ArrayList<>(dependencies));
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
        set(mojo, "useJackson3", useJackson3);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
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

    /** Every generated file with its content. */
    private Map<Path, String> generatedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("target/generated-sources/asyncgen"))) {
            Map<Path, String> contents = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(file, Files.readString(file));
            }
            return contents;
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a parameter the way Maven does: the field of the mojo's class or of the class it extends. */
    private static void set(Object target, String name, Object value) throws Exception {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
