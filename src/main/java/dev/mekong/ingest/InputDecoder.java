package dev.mekong.ingest;

import dev.mekong.model.InputRejectedException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Bytes of an inbox file to normalised text. */
public class InputDecoder {

    public DecodedInput decode(String fileName, byte[] bytes) {
        InputFormat format = InputFormat.ofFileName(fileName);
        if (bytes.length == 0) {
            throw new InputRejectedException("the file is empty");
        }
        String text;
        String charset;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            charset = "UTF-8";
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("GB18030"));
            charset = "GB18030";
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        return new DecodedInput(fileName, format, text, charset, sha256(bytes), bytes.length);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
