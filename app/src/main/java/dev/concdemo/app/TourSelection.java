package dev.concdemo.app;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which steps of the tour to run ({@code --steps 3}, {@code 2-4}, {@code 1,5,9}, {@code 1,4-6}):
 * step numbers and ranges of them, separated by commas, each from 1 to the last step.
 */
final class TourSelection {
    private static final Pattern ITEM = Pattern.compile("(\\d{1,3})(?:-(\\d{1,3}))?");

    private TourSelection() {}

    /** The steps {@code typed} names, in order, each once; null if it is not a list of steps from 1 to {@code last}. */
    static List<Integer> parse(String typed, int last) {
        TreeSet<Integer> steps = new TreeSet<>();
        for (String item : typed.strip().split(",", -1)) {
            Matcher m = ITEM.matcher(item.strip());
            if (!m.matches()) {
                return null;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < 1 || to > last || from > to) {
                return null;
            }
            for (int step = from; step <= to; step++) {
                steps.add(step);
            }
        }
        return List.copyOf(steps);
    }

    /** The steps as {@code --steps} takes them, runs of consecutive steps as ranges: "4-11", "5,9". */
    static String format(List<Integer> steps) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            int from = steps.get(i);
            while (i + 1 < steps.size() && steps.get(i + 1) == steps.get(i) + 1) {
                i++;
            }
            list.append(list.isEmpty() ? "" : ",").append(from);
            if (steps.get(i) != from) {
                list.append('-').append(steps.get(i));
            }
        }
        return list.toString();
    }
}
