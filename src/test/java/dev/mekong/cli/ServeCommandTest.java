package dev.mekong.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {

    @Test
    void serveIsASubcommandWithSiteAndPortOptions() {
        CommandLine cli = MekongCommand.commandLine();
        StringWriter help = new StringWriter();
        cli.setOut(new PrintWriter(help));
        assertThat(cli.execute("serve", "--help")).isZero();
        assertThat(help.toString()).contains("--site").contains("--port").contains("127.0.0.1");

        CommandLine.ParseResult parsed = cli.parseArgs("serve", "--site", "out/site", "--port", "0");
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(serve.site).isEqualTo(Path.of("out/site"));
        assertThat(serve.port).isZero();
    }

    @Test
    void aMissingSiteFolderCannotBeServed() {
        StringWriter err = new StringWriter();
        Path missing = Path.of("no-such-site-folder").toAbsolutePath();
        int code = MekongCommand.commandLine().setErr(new PrintWriter(err)).execute("serve", "--site", missing.toString(), "--port", "0");
        assertThat(code).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(err.toString().strip()).isEqualTo("serve: no site to serve: " + missing + " is not a folder (run build first?)");
    }
}
