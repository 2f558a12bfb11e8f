package dev.mekong.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {

    /** FIPS 180-2's "abc" example. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path work;

    @Test
    void bytesTextAndAFileHashAlike() throws Exception {
        assertThat(Sha256.hex("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEqualTo(ABC);
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex(Files.writeString(work.resolve("abc.txt"), "abc"))).isEqualTo(ABC);
        assertThat(Sha256.digest("abc")).hasSize(32).startsWith((byte) 0xba, (byte) 0x78);
        assertThat(Sha256.hex("中文")).as("UTF-8").isEqualTo(Sha256.hex(new byte[] {(byte) 0xe4, (byte) 0xb8, (byte) 0xad,
                (byte) 0xe6, (byte) 0x96, (byte) 0x87}));
    }
}
