package dev.mekong.cli;

import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ExitCodeTest {

    @Test
    void aWrappedErrorIsDescribedByTheMessageThatNamesTheProblem() {
        Exception wrapped = new RuntimeCamelException("Error starting CamelContext",
                new IllegalArgumentException("unknown translation engine 'klingon'; known: none, pseudo"));
        assertThat(ExitCode.describe(wrapped)).isEqualTo("unknown translation engine 'klingon'; known: none, pseudo");
    }

    @Test
    void theErrorThatNamesTheSettingWinsOverTheBarePathItWraps() {
        Exception wrapped = new RuntimeCamelException(new IllegalArgumentException("mekong.extract.site-rules: cannot use /x/rules.yaml: /x/rules.yaml",
                new java.nio.file.NoSuchFileException("/x/rules.yaml")));
        assertThat(ExitCode.describe(wrapped)).isEqualTo("mekong.extract.site-rules: cannot use /x/rules.yaml: /x/rules.yaml");
        assertThat(ExitCode.describe(new java.io.UncheckedIOException("cannot read article record a.json",
                new java.io.IOException("Unexpected character ('x')\n at [Source: a.json]"))))
                .isEqualTo("cannot read article record a.json: Unexpected character ('x')");
        assertThat(ExitCode.describe(new java.nio.file.NoSuchFileException("/x/rules.yaml"))).isEqualTo("NoSuchFileException: /x/rules.yaml");
    }

    @Test
    void aMessageOfOurOwnAroundACauseIsKeptWhole() {
        Exception wrapped = new RuntimeCamelException(new java.io.UncheckedIOException(
                "corrupt article record content/articles/ab.json: Unexpected end-of-input",
                new java.io.IOException("Unexpected end-of-input")));
        assertThat(ExitCode.describe(wrapped)).isEqualTo("corrupt article record content/articles/ab.json: Unexpected end-of-input");
        assertThat(ExitCode.describe(new IllegalStateException(new IllegalArgumentException("bad value"))))
                .isEqualTo("bad value");
    }

    @Test
    void aParserLocationOnTheNextLineIsKept() {
        Exception yaml = new RuntimeCamelException("Error pre-parsing resource: file:routes/broken.camel.yaml",
                new IllegalStateException("while parsing a flow sequence\n in file:routes/broken.camel.yaml, line 5, column 15:\n"
                        + "          - bean: [unclosed\n                  ^\nexpected ',' or ']', but got <stream end>"));
        assertThat(ExitCode.describe(yaml))
                .isEqualTo("while parsing a flow sequence in file:routes/broken.camel.yaml, line 5, column 15");
    }

    @Test
    void withVerboseTheStackTraceFollowsTheLine() {
        StringWriter err = new StringWriter();
        int code = MekongCommand.commandLine().setErr(new PrintWriter(err))
                .execute("build", "--verbose", "-D", "mekong.max-input-bytes=abc");
        assertThat(code).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(err.toString().lines().findFirst())
                .hasValue("build: mekong.max-input-bytes must be a positive whole number, not 'abc'");
        assertThat(err.toString()).contains("\tat dev.mekong.pipeline.Settings");
    }

    @Test
    void anErrorWithoutMessageIsNamedByItsType() {
        assertThat(ExitCode.describe(new OutOfMemoryError())).isEqualTo("OutOfMemoryError");
        assertThat(ExitCode.describe(new OutOfMemoryError("Java heap space"))).isEqualTo("OutOfMemoryError: Java heap space");
    }

    @Test
    void aFailingCommandPrintsOneLineAndExitsTwo() {
        StringWriter err = new StringWriter();
        int code = MekongCommand.commandLine().setErr(new PrintWriter(err))
                .execute("build", "-D", "mekong.max-input-bytes=abc");
        assertThat(code).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString().strip()).isEqualTo("build: mekong.max-input-bytes must be a positive whole number, not 'abc'");
    }

    @Test
    void aMistypedOptionIsOneLineWithAPointerToHelpAndExitsTwo() {
        StringWriter err = new StringWriter();
        int code = MekongCommand.commandLine().setErr(new PrintWriter(err)).execute("build", "--inbx", "x");
        assertThat(code).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(err.toString().strip()).isEqualTo("build: Unknown options: '--inbx', 'x' (see: mekong build --help)");
    }
}
