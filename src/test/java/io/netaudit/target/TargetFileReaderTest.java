package io.netaudit.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetFileReaderTest {
  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  @TempDir Path dir;

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsSpecsWithCommentsBlankLinesAndSeveralPerLine() throws Exception {
    Path file =
        write(
            "hosts.txt",
            "# core routers\n"
                + "\n"
                + "10.0.0.1 10.0.0.2\t10.0.0.0/30   # trailing comment\n"
                + "   \n"
                + "  host.example\r\n"
                + "#10.9.9.9\n"
                + "2001:db8::1#no space before comment\n");
    String f = file.toString();
    assertThat(TargetFileReader.read(f, NO_STDIN))
        .containsExactly(
            new TargetSpec("10.0.0.1", f + ":3"),
            new TargetSpec("10.0.0.2", f + ":3"),
            new TargetSpec("10.0.0.0/30", f + ":3"),
            new TargetSpec("host.example", f + ":5"),
            new TargetSpec("2001:db8::1", f + ":7"));
  }

  @Test
  void dashReadsTheGivenStdinStream() throws Exception {
    assertThat(TargetFileReader.read("-", stdin("10.0.0.1\n# x\n10.0.0.2 10.0.0.3")))
        .containsExactly(
            new TargetSpec("10.0.0.1", "stdin:1"),
            new TargetSpec("10.0.0.2", "stdin:3"),
            new TargetSpec("10.0.0.3", "stdin:3"));
  }

  @Test
  void originLabelIsPrefixed() throws Exception {
    assertThat(TargetFileReader.read("-", stdin("\n10.0.0.1\n"), "--exclude-file"))
        .containsExactly(new TargetSpec("10.0.0.1", "--exclude-file stdin:2"));
  }

  @Test
  void byteOrderMarkIsIgnored() throws Exception {
    assertThat(TargetFileReader.read("-", stdin("\uFEFF10.0.0.1\n")))
        .containsExactly(new TargetSpec("10.0.0.1", "stdin:1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "# only a comment\n", "   \t  \n"})
  void emptyInputsGiveNoSpecs(String content) throws Exception {
    assertThat(TargetFileReader.read("-", stdin(content))).isEmpty();
  }

  @Test
  void missingFileIsOneLineError() {
    String missing = dir.resolve("nope.txt").toString();
    assertThatThrownBy(() -> TargetFileReader.read(missing, NO_STDIN))
        .isInstanceOf(TargetSpecException.class)
        .hasMessage("cannot read target file '" + missing + "': No such file");
  }

  @Test
  void directoryIsRefused() {
    assertThatThrownBy(() -> TargetFileReader.read(dir.toString(), NO_STDIN))
        .hasMessage("cannot read target file '" + dir + "': Is a directory");
  }

  @Test
  void binaryFileIsRefused() throws Exception {
    Path file = dir.resolve("bin");
    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThatThrownBy(() -> TargetFileReader.read(file.toString(), NO_STDIN))
        .hasMessageContaining("not UTF-8 text")
        .hasMessageContaining(file.toString());
  }

  @Test
  void parseErrorsPointAtFileAndLine() throws Exception {
    Path file = write("hosts.txt", "10.0.0.1\n\n# c\n10.0.0.2 10.0.0.300\n");
    List<TargetSpec> specs = TargetFileReader.read(file.toString(), NO_STDIN);
    assertThatThrownBy(() -> TargetSet.parse(specs, List.of(), new FakeResolver()))
        .hasMessage("invalid target '10.0.0.300' (" + file + ":4): octet 300 is not in 0-255");
  }

  @Test
  void excludeFileFromStdinFiltersTargets() throws Exception {
    List<TargetSpec> excludes =
        TargetFileReader.read(
            "-", stdin("10.0.0.0/25 # lower half\ngw.example\n"), "--exclude-file");
    TargetSet set =
        TargetSet.parse(
            List.of(new TargetSpec("10.0.0.0/24", "command line")),
            excludes,
            new FakeResolver().with("gw.example", 10, 0, 0, 200));
    long count = 0;
    for (var unused : set) {
      count++;
    }
    assertThat(count).isEqualTo(127);
  }
}
