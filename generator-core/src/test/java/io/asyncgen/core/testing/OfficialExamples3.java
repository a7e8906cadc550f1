package io.asyncgen.core.testing;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.read.DocumentFetcher;
import io.asyncgen.core.read.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The official AsyncAPI 3.0.0 and 3.1.0 examples of the corpus: 19 single documents and the 5
 * services of the multi-file social-media set, per version. The adeo example refers to three Avro
 * schemas by remote {@code $ref}; tests serve their published text from {@code remote/adeo/}.
 */
public final class OfficialExamples3 {
    public static final List<String> VERSIONS = List.of("3.0.0", "3.1.0");
    public static final List<String> SINGLE = List.of(
            "adeo-kafka-request-reply",
            "anyof",
            "application-headers",
            "correlation-id",
            "gitter-streaming",
            "kraken-websocket-request-reply-message-filter-in-reply",
            "kraken-websocket-request-reply-multiple-channels",
            "mercure",
            "not",
            "oneof",
            "operation-security",
            "rpc-client",
            "rpc-server",
            "simple",
            "slack-rtm",
            "streetlights-kafka",
            "streetlights-mqtt",
            "streetlights-operation-security",
            "websocket-gemini");
    public static final List<String> SOCIAL_MEDIA =
            List.of("backend", "comments-service", "frontend", "notification-service", "public-api");

    private OfficialExamples3() {}

    /** Every example as {@code <version>/<name>}: {@code 3.0.0/anyof}, {@code 3.1.0/social-media/backend}. */
    public static List<String> all() {
        List<String> all = new ArrayList<>();
        for (String version : VERSIONS) {
            SINGLE.forEach(name -> all.add(version + "/" + name));
            SOCIAL_MEDIA.forEach(service -> all.add(version + "/social-media/" + service));
        }
        return all;
    }

    /** The examples folder of a version. */
    public static Path folder(String version) {
        return Corpus.file("asyncapi-3/examples-" + version);
    }

    /** The file of {@code example} ({@code 3.0.0/anyof}). */
    public static Path file(String example) {
        String version = example.substring(0, example.indexOf('/'));
        String name = example.substring(version.length() + 1);
        return folder(version)
                .resolve(name.startsWith("social-media/") ? name + "/asyncapi.yaml" : name + "-asyncapi.yml");
    }

    /** Reads {@code example} as a user would, strict or lenient. */
    public static AsyncApiReader.Result read(String example, boolean strict) throws SpecException {
        String version = example.substring(0, example.indexOf('/'));
        ReadOptions options = ReadOptions.defaults().withStrict(strict).withAllowRemoteRefs(true);
        if (example.contains("/social-media/")) {
            options = options.withSpecRoot(folder(version).resolve("social-media"));
        }
        return new AsyncApiReader(options, new PublishedAdeoSchemas()).read(file(example));
    }

    /** Serves the adeo example's remote Avro schemas from the test resources; refuses any other remote document. */
    private static final class PublishedAdeoSchemas extends DocumentFetcher {
        PublishedAdeoSchemas() {
            super(OfficialExamples3.class.getClassLoader());
        }

        @Override
        public String fetch(URI uri) throws IOException {
            String text = uri.toString();
            if (!text.startsWith("http")) {
                return super.fetch(uri);
            }
            if (!text.contains("/resources/casestudies/adeo/")) {
                throw new IOException("tests do not use the network: " + uri);
            }
            String resource = "remote/adeo/" + text.substring(text.lastIndexOf('/') + 1);
            try (InputStream in = OfficialExamples3.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no test copy of " + uri);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
