package io.asyncgen.it.stub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Services the stub server answers beside its own, found with {@link ServiceLoader}: the voice
 * vendors' (Deepgram, AssemblyAI, Speechmatics), which are compiled only when the vendors'
 * documents are there to generate the code they run on (the corpus beside the checkout; see
 * {@code src/voice} and docs/decisions/0026).
 */
public interface StubServices {
    /**
     * One path the stub answers.
     *
     * @param path the WebSocket path (a generated endpoint's {@code ADDRESS}, or where the vendor's server puts it)
     * @param service the service it plays
     * @param document the document its generated code comes from
     * @param behaviour what it does, in a few words
     * @param scenario what runs on every socket accepted there
     */
    record Service(String path, String service, String document, String behaviour, Consumer<JettySocket> scenario) {}

    /** The paths this provider answers. */
    List<Service> services();

    /** Every service of every provider on the class path, by path. */
    static List<Service> installed() {
        List<Service> all = new ArrayList<>();
        ServiceLoader.load(StubServices.class, StubServices.class.getClassLoader())
                .forEach(p -> all.addAll(p.services()));
        all.sort(Comparator.comparing(Service::path));
        return all;
    }
}
