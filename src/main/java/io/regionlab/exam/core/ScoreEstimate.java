package io.regionlab.exam.core;

/**
 * How RegionLab estimates a scaled score; AWS publishes no formula (see {@link Scoring}).
 *
 * @param cutProportion raw share correct assumed to sit at the passing score, strictly between 0 and 1
 * @param confidence confidence level of the range shown, strictly between 0 and 1
 */
public record ScoreEstimate(double cutProportion, double confidence) {
}
