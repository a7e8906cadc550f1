package bench.noop;

import bench.noop.azure.ServerEvent;
import bench.noop.azure.ServerEventCodec;
import io.asyncgen.runtime.DecodeException;

/** Uses the generated code, so the compiler has something of its own to compile. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws DecodeException {
        ServerEvent event = ServerEventCodec.decode("{\"type\":\"response.output_text.delta\",\"delta\":\"Hi\"}");
        System.out.println(event);
    }
}
