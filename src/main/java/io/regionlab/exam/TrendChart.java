package io.regionlab.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the per-domain trend chart: one line per domain across a learner's scored
 * attempts, percent on the vertical axis. Plain Java, so it is tested without a server.
 */
public final class TrendChart {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;

    /** One domain's line; {@code percents} has one entry per attempt, null where the domain was not asked. */
    public record Series(String id, String name, List<Double> percents) {
    }

    public record Point(double x, double y, String label) {
    }

    public record Line(String id, String name, String points, List<Point> dots, String dash) {
    }

    public record Tick(double y, String label) {
    }

    public record Chart(int width, int height, List<Line> lines, List<Tick> ticks, List<Point> xLabels, int passLineY) {
    }

    private static final String[] DASHES = {"", "6 3", "2 3", "10 4 2 4"};

    private TrendChart() {
    }

    public static Chart of(List<String> attemptLabels, List<Series> series, double passPercent) {
        int n = attemptLabels.size();
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Double p = one.percents().get(i);
                if (p != null) {
                    dots.add(new Point(x(i, n), y(p), String.format(Locale.ROOT, "%s: %.0f%%", one.name(), p)));
                }
            }
            StringBuilder points = new StringBuilder();
            for (Point d : dots) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", d.x(), d.y()));
            }
            lines.add(new Line(one.id(), one.name(), points.toString().trim(), dots, DASHES[s % DASHES.length]));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            ticks.add(new Tick(y(p), p + "%"));
        }
        List<Point> xLabels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xLabels.add(new Point(x(i, n), HEIGHT - BOTTOM + 18, attemptLabels.get(i)));
        }
        return new Chart(WIDTH, HEIGHT, lines, ticks, xLabels, (int) Math.round(y(passPercent)));
    }

    static double x(int i, int n) {
        double span = WIDTH - LEFT - RIGHT;
        return n <= 1 ? LEFT + span / 2 : LEFT + span * i / (n - 1);
    }

    static double y(double percent) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - percent / 100.0);
    }
}
