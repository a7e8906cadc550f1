package io.asyncgen.it.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A demo conversation that {@link Demo} runs for {@code --vendor <name>} beside its own (Azure,
 * Inworld), found with {@link ServiceLoader}: the voice vendors' demos, compiled only when the
 * vendors' documents are there to generate the clients they use (docs/decisions/0026).
 */
public interface VendorDemo {
    /** The value of {@code --vendor} that selects this demo. */
    String vendor();

    /** The lines it adds to the usage text (what it does, which environment variable holds the key). */
    List<String> usage();

    /**
     * Runs the conversation: against the embedded stub server, or against the vendor's service when
     * a key is given ({@code --api-key} or the vendor's environment variable) and {@code --stub} is not.
     *
     * @param options the parsed command line ({@code url}, {@code api-key}, {@code model}, {@code stub})
     */
    void run(Map<String, String> options, Map<String, String> env, PrintStream stdout) throws Exception;

    /** The demos on the class path, by vendor. */
    static List<VendorDemo> installed() {
        List<VendorDemo> all = new ArrayList<>();
        ServiceLoader.load(VendorDemo.class, VendorDemo.class.getClassLoader()).forEach(all::add);
        all.sort(Comparator.comparing(VendorDemo::vendor));
        return all;
    }
}
