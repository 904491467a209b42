package ca.harbour.linkage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of one command line, parsed against a fixed list of {@link Option}s. Accepts
 * {@code --name value}, {@code --name=value} and flags; a flag given twice is harmless, a single-valued
 * option given twice is an error. Written by hand rather than with an annotation-driven parser because the
 * CLI is often run on small files where start-up dominates: building picocli's model by reflection cost
 * 130-190 ms per run, and its Java 5 class files cannot be put in a class-data-sharing archive
 * (see bench/linkage/RESULTS.md). Not thread-safe; immutable once parsed.
 */
final class Arguments {

    /** One option: its names (first is canonical), a value label (null for a flag) and a description. */
    record Option(List<String> names, String valueLabel, boolean repeatable, String description) {
        static Option flag(String description, String... names) {
            return new Option(List.of(names), null, false, description);
        }

        static Option value(String label, String description, String... names) {
            return new Option(List.of(names), label, false, description);
        }

        static Option repeatable(String label, String description, String... names) {
            return new Option(List.of(names), label, true, description);
        }

        String name() {
            return names.get(names.size() - 1);
        }
    }

    /** A command line that does not fit the options (unknown option, missing value, ...): exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private final Map<Option, List<String>> values;

    private Arguments(Map<Option, List<String>> values) {
        this.values = values;
    }

    static Arguments parse(List<Option> options, String[] args) {
        Map<String, Option> byName = new HashMap<>();
        for (Option o : options) {
            for (String n : o.names()) {
                byName.put(n, o);
            }
        }
        Map<Option, List<String>> values = new HashMap<>();
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            String inline = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                inline = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            Option o = byName.get(a);
            if (o == null) {
                throw new UsageException((a.startsWith("-") ? "unknown option " : "unexpected argument ") + "'" + a + "'");
            }
            List<String> v = values.computeIfAbsent(o, x -> new ArrayList<>());
            if (o.valueLabel() == null) {
                if (inline != null) {
                    throw new UsageException("option '" + a + "' takes no value");
                }
                v.add("true");
                continue;
            }
            if (inline == null) {
                if (k + 1 >= args.length) {
                    throw new UsageException("option '" + a + "' needs a value (" + o.valueLabel() + ")");
                }
                inline = args[++k];
            }
            if (!v.isEmpty() && !o.repeatable()) {
                throw new UsageException("option '" + a + "' given more than once");
            }
            v.add(inline);
        }
        return new Arguments(values);
    }

    boolean has(Option o) {
        return values.containsKey(o);
    }

    List<String> all(Option o) {
        return values.getOrDefault(o, List.of());
    }

    String string(Option o) {
        List<String> v = all(o);
        return v.isEmpty() ? null : v.get(0);
    }

    String required(Option o) {
        String v = string(o);
        if (v == null) {
            throw new UsageException("missing required option '" + o.name() + "'");
        }
        return v;
    }

    Path path(Option o) {
        String v = string(o);
        return v == null ? null : Path.of(v);
    }

    Double number(Option o) {
        String v = string(o);
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new UsageException("option '" + o.name() + "' needs a number, got '" + v + "'");
        }
    }

    int integer(Option o, int otherwise) {
        String v = string(o);
        if (v == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("option '" + o.name() + "' needs a whole number, got '" + v + "'");
        }
    }

    /** Help text: one line per option, names then value label, description aligned. */
    static String describe(List<Option> options) {
        StringBuilder b = new StringBuilder();
        for (Option o : options) {
            String head = String.join(", ", o.names()) + (o.valueLabel() == null ? "" : " <" + o.valueLabel() + ">");
            b.append("  ").append(head);
            b.append(" ".repeat(Math.max(1, 34 - head.length()))).append(o.description()).append('\n');
        }
        return b.toString();
    }
}
