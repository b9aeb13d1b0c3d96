package io.regionlab.exam;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the Practise feature ({@code regionlab.exam.*}). */
@ConfigMapping(prefix = "regionlab.exam")
public interface ExamConfig {

    /** The folder of one exam's content: blueprint.yaml, questions/, cards/. */
    @WithDefault("content/mls-c01")
    String contentDir();

    /** How many questions a practice session, drill or missed-questions review asks by default. */
    @WithDefault("10")
    int practiceSize();

    /** How often open exams whose time has run out are looked for and submitted. */
    @WithDefault("30s")
    String sweepEvery();
}
