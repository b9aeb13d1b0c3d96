package io.regionlab.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that encrypts sign-in cookies. Every instance behind a load balancer must share it
 * (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY); a single portal without one gets a key made once
 * and kept in its data folder, readable by its owner only, so sign-ins survive a restart.
 */
final class SessionKey {

    private static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    private SessionKey() {
    }

    static void ensure(Path dataDir) {
        if (System.getProperty(PROPERTY) != null || System.getenv("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY") != null) {
            return;
        }
        Path file = dataDir.resolve("session.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file inherits the folder's permissions.
                }
            }
            System.setProperty(PROPERTY, Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the session key " + file, e);
        }
    }
}
