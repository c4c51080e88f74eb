package dev.netlint.read;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLocationsTest {

    private static JsonLocations scan(String json) throws Exception {
        return JsonLocations.scan(new JsonFactory(), json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void membersAreLocatedAtTheirKeyAndArrayElementsAtTheirStart() throws Exception {
        JsonLocations locations = scan("{\n  \"confs\": [\n    {\"layer\": {\"a/b\": 1}},\n    {}\n  ]\n}");
        assertThat(locations.at("/confs").line()).isEqualTo(2);
        assertThat(locations.at("/confs/0").line()).isEqualTo(3);
        assertThat(locations.at("/confs/0").column()).isEqualTo(5);
        assertThat(locations.at("/confs/0/layer").column()).isEqualTo(6);
        assertThat(locations.at("/confs/0/layer/a~1b").column()).isEqualTo(16);
        assertThat(locations.at("/confs/1").line()).isEqualTo(4);
    }

    @Test
    void unknownPointerFallsBackToTheNearestAncestor() throws Exception {
        JsonLocations locations = scan("{\n \"a\": {\n  \"b\": 1\n }\n}");
        assertThat(locations.at("/a/zzz").line()).isEqualTo(2);
        assertThat(locations.at("/a/zzz").pointer()).isEqualTo("/a/zzz");
    }

    @Test
    void crlfLineEndingsCountOneLineEach() throws Exception {
        JsonLocations locations = scan("{\r\n\"a\": 1,\r\n\"b\": 2\r\n}");
        assertThat(locations.at("/b").line()).isEqualTo(3);
    }

    @Test
    void trailingSecondValueIsFound() throws Exception {
        assertThat(scan("{}\n{}").trailingValue()).isPresent();
        assertThat(scan("{}\n").trailingValue()).isEmpty();
    }
}
