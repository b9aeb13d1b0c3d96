package io.regionlab.exam.core;

import java.util.List;

/**
 * The shape of the real exam.
 *
 * @param questionTypes the types the real exam uses (practice may use more)
 * @param scaledMin lowest scaled score
 * @param scaledMax highest scaled score
 * @param passingScore scaled score that passes
 */
public record ExamFormat(int questions, int scored, int unscored, int minutes, List<QuestionType> questionTypes,
        int scaledMin, int scaledMax, int passingScore) {

    public ExamFormat {
        questionTypes = List.copyOf(questionTypes);
    }
}
