package org.hyperlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A file a data set consists of: its name, its size in bytes and its SHA-256 digest (lower-case hex), as
 * published by the data set's authors and recorded in the code.
 */
public record ExpectedFile(String name, long size, String sha256) {
    public ExpectedFile {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("expected file " + name + ": SHA-256 must be 64 lower-case hex digits");
        }
    }

    /** True when {@code file} exists and has the expected size (cheap; says nothing about the content). */
    public boolean sizeMatches(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == size;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when {@code file} exists with the expected size and SHA-256 digest. */
    public boolean verify(Path file) throws IOException {
        return sizeMatches(file) && sha256.equals(sha256Of(file));
    }

    /** The SHA-256 digest of a file's content as lower-case hex. */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest md = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return hex(md);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest()).toLowerCase(Locale.ROOT);
    }
}
