package io.asyncgen.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** The targets of a bench run, each with its goal, what was measured and whether it was met. */
final class Targets {
    private final ArrayNode targets;

    Targets(ArrayNode targets) {
        this.targets = targets;
    }

    void add(String name, String goal, double ratio, boolean met) {
        add(name, goal, ratio(ratio), met);
    }

    void add(String name, String goal, String measured, boolean met) {
        ObjectNode t = targets.addObject();
        t.put("name", name);
        t.put("target", goal);
        t.put("measured", measured);
        t.put("met", met);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
