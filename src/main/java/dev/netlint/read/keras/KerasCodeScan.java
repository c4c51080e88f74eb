package dev.netlint.read.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlint.read.JsonLocations;
import dev.netlint.model.ReadFact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the code a Keras configuration runs when it is loaded, wherever it sits: every object of the whole document
 * is visited, so a Lambda inside a wrapper inside a wrapper, a Bidirectional {@code backward_layer}, a nested model,
 * an activation or an initializer is found like a top-level layer. Three kinds of code:
 * <ul>
 *   <li>NL901: serialized Python bytecode, in a Lambda layer's {@code function}, {@code output_shape} or
 *       {@code mask}, or a Keras 3 {@code __lambda__} object anywhere (as an activation, an initializer, ...);</li>
 *   <li>NL902: a {@code TensorFlowOpLayer}'s raw op definition ({@code node_def});</li>
 *   <li>NL904: a Keras 3 {@code module} outside Keras and TensorFlow, which loading imports and whose
 *       {@code class_name} it calls with the config (the CVE-2025-1550 pattern).</li>
 * </ul>
 * Only presence is judged: netlint never decodes, imports or runs anything.
 */
final class KerasCodeScan {

    /** The Lambda members that can hold a function: the function itself, its output shape and its mask. */
    private static final List<String> LAMBDA_FUNCTION_FIELDS = List.of("function", "output_shape", "mask");

    /** Top-level packages whose classes Keras may import when loading; anything else is foreign code. */
    private static final Set<String> KERAS_PACKAGES = Set.of("keras", "keras_core", "keras_cv", "keras_hub",
            "keras_nlp", "tensorflow", "tf_keras", "tensorflow_hub", "tensorflow_text", "tensorflow_addons",
            "tensorflow_probability");

    /** Standard-library modules whose functions run commands, evaluate text or reach the file system. */
    private static final Set<String> DANGEROUS = Set.of("builtins", "__builtin__", "os", "posix", "nt", "subprocess",
            "sys", "importlib", "runpy", "code", "codeop", "pickle", "marshal", "shutil", "socket", "ctypes",
            "multiprocessing", "pty", "platform", "webbrowser", "urllib", "http", "ftplib", "smtplib", "tempfile",
            "pathlib", "io", "functools", "operator", "types", "inspect", "gc", "threading", "signal");

    private final JsonLocations locations;
    private final List<ReadFact> facts = new ArrayList<>();
    /** Pointers already reported, so that a Lambda's own {@code __lambda__} is not reported twice. */
    private final Set<String> reported = new HashSet<>();

    private KerasCodeScan(JsonLocations locations) {
        this.locations = locations;
    }

    /** The facts (bytecode, raw ops, foreign modules) of the document {@code root} found at {@code pointer}. */
    static List<ReadFact> scan(JsonNode root, String pointer, JsonLocations locations) {
        KerasCodeScan scan = new KerasCodeScan(locations);
        if (root.isObject()) {
            // The model itself names no element: its layers are named from the top.
            JsonNode module = root.get("module");
            if (module != null && module.isTextual()) {
                scan.foreignModule("", module.asText(), root.path("class_name").asText(""), pointer);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                scan.visit(member.getValue(), pointer + "/" + escape(member.getKey()), "");
            }
        }
        return scan.facts;
    }

    private void visit(JsonNode node, String pointer, String owner) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), pointer + "/" + i, owner);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String here = owner;
        JsonNode config = node.path("config");
        String className = node.path("class_name").asText("");
        // A functional model's layer entry has its own name beside class_name; a layer's config has one too.
        JsonNode ownName = node.path("name").isTextual() ? node.get("name") : config.path("name");
        if (ownName.isTextual() && !className.isEmpty() && (config.isObject() || node.has("name"))) {
            String name = ownName.asText();
            here = owner.isEmpty() ? name : owner + "/" + name;
        }
        String type = KerasVocabulary.key(className);
        if (className.equals("__lambda__")) {
            if (!reported.contains(pointer)) {
                facts.add(new ReadFact.EmbeddedLambda(locations.at(pointer), shown(owner), memberName(pointer)));
            }
        } else if (type.equals("lambda") && config.isObject()) {
            lambda(here, config, pointer + "/config");
        } else if (type.equals("tensorflowoplayer") && config.has("node_def")) {
            tensorFlowOp(here, config.get("node_def"), pointer + "/config/node_def");
        }
        JsonNode module = node.get("module");
        if (module != null && module.isTextual() && !className.isEmpty()) {
            foreignModule(here, module.asText(), className, pointer);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            visit(member.getValue(), pointer + "/" + escape(member.getKey()), here);
        }
    }

    private void lambda(String name, JsonNode config, String configPointer) {
        for (String field : LAMBDA_FUNCTION_FIELDS) {
            JsonNode value = config.get(field);
            if (value == null || value.isNull() || !isBytecode(value, config.path(field + "_type").asText(""))) {
                continue;
            }
            String at = configPointer + "/" + field;
            reported.add(at);
            facts.add(new ReadFact.LambdaBytecode(locations.at(at), shown(name), field, bytecodeForm(value)));
        }
    }

    private void tensorFlowOp(String name, JsonNode nodeDef, String at) {
        String op = nodeDef.path("op").asText("");
        facts.add(new ReadFact.RawOpLayer(locations.at(at), shown(name), shown(op)));
    }

    private void foreignModule(String owner, String module, String className, String pointer) {
        String top = module.split("\\.", 2)[0];
        if (module.isEmpty() || className.isEmpty() || KERAS_PACKAGES.contains(top)) {
            return;
        }
        boolean dangerous = DANGEROUS.contains(top.toLowerCase(Locale.ROOT));
        facts.add(new ReadFact.ForeignModule(locations.at(pointer + "/module"),
                shown(owner.isEmpty() ? className : owner), shown(module), shown(className), dangerous));
    }

    /**
     * Keras 1 and 2 mark a serialised lambda with {@code <field>_type: "lambda"} (raw marshal text, or a
     * {@code [base64 code, defaults, closure]} list); Keras 3 writes {@code {class_name: "__lambda__", config:
     * {code: base64}}}. A function referenced by name ({@code function_type: "function"}) carries no code.
     */
    private static boolean isBytecode(JsonNode value, String declaredType) {
        if (value.isObject()) {
            return "__lambda__".equals(value.path("class_name").asText());
        }
        if (declaredType.equals("lambda")) {
            return true;
        }
        return declaredType.isEmpty() && (value.isArray() && value.size() > 0 && value.get(0).isTextual()
                || value.isTextual() && value.asText().chars().anyMatch(c -> c < 0x20 && c != '\n'));
    }

    private static String bytecodeForm(JsonNode value) {
        if (value.isObject()) {
            return "Keras 3 __lambda__, base64";
        }
        JsonNode code = value.isArray() && value.size() > 0 ? value.get(0) : value;
        return code.asText().chars().anyMatch(c -> c < 0x20 && c != '\n') ? "raw marshal data, Keras 1 to 2.1"
                : "base64 marshal data, Keras 2.2 and later";
    }

    /** The member a pointer ends in, e.g. {@code activation} or {@code kernel_initializer}. */
    private static String memberName(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Names from the file are cut short; the finding's own escaping makes them printable. */
    private static String shown(String text) {
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
