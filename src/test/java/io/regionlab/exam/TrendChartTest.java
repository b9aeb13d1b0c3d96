package io.regionlab.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    @Test
    void higherPercentsSitHigherAndLaterAttemptsFurtherRight() {
        var chart = TrendChart.of(List.of("#1", "#2"), List.of(new TrendChart.Series("1", "Data", List.of(40.0, 80.0))), 72);
        var dots = chart.lines().get(0).dots();
        assertThat(dots).hasSize(2);
        assertThat(dots.get(1).x()).isGreaterThan(dots.get(0).x());
        assertThat(dots.get(1).y()).isLessThan(dots.get(0).y());
        assertThat(dots.get(1).label()).isEqualTo("Data: 80%");
    }

    @Test
    void aDomainNotAskedInAnAttemptLeavesAGapNotAZero() {
        var chart = TrendChart.of(List.of("#1", "#2", "#3"),
                List.of(new TrendChart.Series("2", "EDA", Arrays.asList(50.0, null, 70.0))), 72);
        assertThat(chart.lines().get(0).dots()).extracting(TrendChart.Point::label).containsExactly("EDA: 50%", "EDA: 70%");
    }

    @Test
    void domainsAreToldApartByDashesNotOnlyByColour() {
        var series = List.of(new TrendChart.Series("1", "a", List.of(1.0)), new TrendChart.Series("2", "b", List.of(2.0)),
                new TrendChart.Series("3", "c", List.of(3.0)), new TrendChart.Series("4", "d", List.of(4.0)));
        var dashes = TrendChart.of(List.of("#1"), series, 72).lines().stream().map(TrendChart.Line::dash).distinct().count();
        assertThat(dashes).isEqualTo(4);
    }

    @Test
    void thePassLineSitsAtTheAssumedShare() {
        var chart = TrendChart.of(List.of("#1"), List.of(), 75);
        assertThat(chart.passLineY()).isEqualTo((int) Math.round(TrendChart.y(75)));
        assertThat(TrendChart.y(100)).isLessThan(TrendChart.y(0));
    }
}
