package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What GitHub code scanning requires of an uploaded SARIF file beyond the schema (GitHub's "SARIF support for code
 * scanning": one run per tool and category in an upload, rules with a full description and help, results with a
 * message, a location with a URI and a region start line), plus what netlint promises on top: {@code %SRCROOT%}
 * with a {@code uri}, an {@code automationDetails.id}, tags and precision on every rule.
 */
public final class GithubSarifRequirements {

    private GithubSarifRequirements() {
    }

    /** Every requirement the document misses, one line each; empty when it meets them all. */
    public static List<String> violations(JsonNode log) {
        List<String> missing = new ArrayList<>();
        JsonNode runs = log.path("runs");
        if (runs.size() != 1) {
            missing.add("runs: expected exactly one run, found " + runs.size());
        }
        for (JsonNode run : runs) {
            require(missing, run, "tool.driver.name");
            require(missing, run, "tool.driver.version");
            require(missing, run, "automationDetails.id");
            require(missing, run.path("originalUriBaseIds"), "%SRCROOT%.uri");
            if (!run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText().matches("file:///.*/")) {
                missing.add("originalUriBaseIds.%SRCROOT%.uri: expected an absolute file URI ending in /");
            }
            JsonNode rules = run.path("tool").path("driver").path("rules");
            for (JsonNode rule : rules) {
                String id = rule.path("id").asText("?");
                for (String path : List.of("id", "name", "shortDescription.text", "fullDescription.text",
                        "help.text", "help.markdown", "helpUri", "defaultConfiguration.level", "properties.precision",
                        "properties.problem.severity")) {
                    if (path.equals("properties.problem.severity")) {
                        if (rule.path("properties").path("problem.severity").asText().isEmpty()) {
                            missing.add("rule " + id + ": properties.problem.severity");
                        }
                    } else if (text(rule, path).isEmpty()) {
                        missing.add("rule " + id + ": " + path);
                    }
                }
                if (rule.path("properties").path("tags").isEmpty()) {
                    missing.add("rule " + id + ": properties.tags");
                }
                boolean security = rule.path("properties").path("tags").toString().contains("\"security\"");
                String score = rule.path("properties").path("security-severity").asText();
                if (security && !score.matches("\\d+(\\.\\d)?")) {
                    missing.add("rule " + id + ": a security rule needs properties.security-severity");
                }
            }
            int index = 0;
            for (JsonNode result : run.path("results")) {
                String where = "result " + index++ + " (" + result.path("ruleId").asText() + ")";
                require(missing, result, "ruleId", where);
                require(missing, result, "message.text", where);
                JsonNode locations = result.path("locations");
                if (locations.isEmpty()) {
                    missing.add(where + ": locations");
                }
                for (JsonNode location : locations) {
                    require(missing, location, "physicalLocation.artifactLocation.uri", where);
                    if (location.path("physicalLocation").path("region").path("startLine").asInt(0) < 1) {
                        missing.add(where + ": physicalLocation.region.startLine");
                    }
                }
                if (result.path("partialFingerprints").isEmpty()) {
                    missing.add(where + ": partialFingerprints");
                }
            }
        }
        return missing;
    }

    private static void require(List<String> missing, JsonNode node, String path) {
        require(missing, node, path, "run");
    }

    private static void require(List<String> missing, JsonNode node, String path, String where) {
        if (text(node, path).isEmpty()) {
            missing.add(where + ": " + path);
        }
    }

    /** The text at a dotted path; {@code %SRCROOT%} and other names without dots work as one segment. */
    private static String text(JsonNode node, String path) {
        JsonNode at = node;
        for (String segment : path.split("\\.")) {
            at = at.path(segment);
        }
        return at.isValueNode() ? at.asText() : "";
    }
}
