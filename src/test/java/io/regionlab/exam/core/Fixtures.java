package io.regionlab.exam.core;

import java.util.ArrayList;
import java.util.List;

/** Test data built in code, shaped like the MLS-C01 blueprint. */
final class Fixtures {

    private Fixtures() {
    }

    /** Four domains weighted 20/24/36/20 with 3, 3, 5 and 4 tasks; 65 questions, 100–1000, 750 passes. */
    static Blueprint mlsC01() {
        return new Blueprint("MLS-C01", "AWS Certified Machine Learning – Specialty", "test",
                new Reference("Exam guide", "https://docs.aws.amazon.com/aws-certification/"),
                new ExamFormat(65, 50, 15, 180, List.of(QuestionType.SINGLE, QuestionType.MULTIPLE), 100, 1000, 750),
                new ScoreEstimate(0.72, 0.95),
                List.of(domain("1", "Data Engineering", 20, 3),
                        domain("2", "Exploratory Data Analysis", 24, 3),
                        domain("3", "Modeling", 36, 5),
                        domain("4", "ML Implementation and Operations", 20, 4)));
    }

    private static Domain domain(String id, String name, int weight, int taskCount) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= taskCount; i++) {
            tasks.add(new Task(id + "." + i, name + " task " + i));
        }
        return new Domain(id, name, weight, tasks);
    }

    /** A single-answer question with four options, B correct. */
    static Question single(String id, String domain, String task) {
        return new Question(id, "0000000000000000", QuestionType.SINGLE, domain, task, "original", "Prompt " + id,
                List.of(new Option("A", "a", false, "no"), new Option("B", "b", true, "yes"),
                        new Option("C", "c", false, "no"), new Option("D", "d", false, "no")),
                "Because.", List.of(new Reference("Doc", "https://docs.aws.amazon.com/")), null);
    }

    /** A multiple-response question with five options, A and C correct. */
    static Question multiple(String id, String domain, String task) {
        return new Question(id, "0000000000000000", QuestionType.MULTIPLE, domain, task, "original", "Prompt " + id,
                List.of(new Option("A", "a", true, "yes"), new Option("B", "b", false, "no"),
                        new Option("C", "c", true, "yes"), new Option("D", "d", false, "no"),
                        new Option("E", "e", false, "no")),
                "Because.", List.of(new Reference("Doc", "https://docs.aws.amazon.com/")), null);
    }
}
