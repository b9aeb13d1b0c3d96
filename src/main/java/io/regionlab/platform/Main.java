package io.regionlab.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the portal. When no database is configured, an embedded PostgreSQL is started first
 * so that a person with nothing but a JDK can run RegionLab; its data outlives restarts.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        SessionKey.ensure(EmbeddedDatabase.dataDir());
        EmbeddedDatabase.startIfUnconfigured();
        Quarkus.run(args);
    }
}
