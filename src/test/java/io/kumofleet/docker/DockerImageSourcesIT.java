package io.kumofleet.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After the build, every file the image copies exists, for the default gateway and for compose's. */
class DockerImageSourcesIT {

    @Test
    void everyCopySourceIsInTheBuildOutput() {
        Map<?, ?> build = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) DockerFiles.compose().get("services"))
                .get("gateway1")).get("build");
        String composeAppDir = (String) ((Map<?, ?>) build.get("args")).get("APP_DIR");

        List<String> sources = DockerFiles.copySources();
        assertThat(sources).as("the image's COPY sources").isNotEmpty()
                .allMatch(source -> source.startsWith("${APP_DIR}/"), "under ${APP_DIR}");
        assertThat(composeAppDir).as("compose's APP_DIR").isNotBlank();
        for (String appDir : List.of(DockerFiles.argDefault("APP_DIR"), composeAppDir)) {
            for (String source : sources) {
                assertThat(Path.of(source.replace("${APP_DIR}", appDir))).as(appDir).exists();
            }
        }
    }
}
