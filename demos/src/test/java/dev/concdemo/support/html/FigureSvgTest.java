package dev.concdemo.support.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.html.Plot.Axis;
import dev.concdemo.support.html.Plot.Look;
import dev.concdemo.support.html.Plot.Point;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FigureSvgTest {
    private static final String NASTY = "a <b> & \"c\"";

    static final Plot SPEEDUP = new Plot(
            "Speedup",
            "",
            Axis.linear("workers", ""),
            Axis.linear("speedup", "×"),
            List.of(
                    new Plot.Series("ideal", List.of(new Point(1, 1), new Point(8, 8)), Look.DASHED),
                    new Plot.Series(NASTY, List.of(new Point(1, 1), new Point(2, 1.9), new Point(8, 6.1)), Look.LINE),
                    new Plot.Series("python", List.of(new Point(1, 1), new Point(8, 1.1)), Look.POINTS)));

    static final Plot PERMITS = new Plot(
            "Permits",
            "",
            Axis.linear("time", "ms"),
            Axis.linear("permits", ""),
            List.of(new Plot.Series(
                    "in use",
                    List.of(new Point(0, 0), new Point(12.5, 3), new Point(40, 1), new Point(55, 2)),
                    Look.STEP)));

    static final Bars THROUGHPUT = new Bars(
            "Throughput",
            "",
            "throughput",
            "req/s",
            List.of("threads", "nio"),
            List.of(
                    new Bars.Series("1 connection", Arrays.asList(12_000.0, null)),
                    new Bars.Series("8 connections", Arrays.asList(41_234.5, 60_000.0))));

    static final Strips SCHEDULE = new Strips(
            "Round robin",
            "",
            "ms",
            List.of(
                    new Strips.Row(
                            "CPU 0",
                            List.of(
                                    new Strips.Segment(0, 30, "job A", "run"),
                                    new Strips.Segment(30, 31, "a very long text", "wait"))),
                    new Strips.Row("CPU 1", List.of(new Strips.Segment(5, 40, "任务 B", "run")))),
            List.of(new Strips.Kind("run", "running"), new Strips.Kind("wait", "waiting")));

    static final Grid JOBS =
            new Grid("Jobs", "", List.of("job", "burst"), List.of(List.of("A", "5 ms"), List.of(NASTY, "12 ms")));

    static final List<Figure> ALL = List.of(SPEEDUP, PERMITS, THROUGHPUT, SCHEDULE, JOBS);

    @Test
    void everyFigureIsWellFormedMarkupWithoutStylesOrHandlers() throws Exception {
        for (Figure figure : ALL) {
            String html = FigureSvg.html(figure);
            Document doc = parse(html);
            for (Element e : elements(doc, "//*")) {
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.item(i).getNodeName();
                    assertFalse(
                            name.equals("style")
                                    || name.startsWith("on")
                                    || name.equals("fill")
                                    || name.equals("stroke"),
                            figure.title() + ": <" + e.getTagName() + " " + name + "=…>");
                }
            }
            assertFalse(html.contains("style="), figure.title());
        }
    }

    @Test
    void everyClassTheMarkupUsesIsStyled() throws Exception {
        String css = FigureSvg.css();
        List<String> unstyled = new ArrayList<>();
        for (Figure figure : ALL) {
            for (Element e : elements(parse(FigureSvg.html(figure)), "//*[@class]")) {
                for (String cls : e.getAttribute("class").split(" ")) {
                    if (!List.of("plot", "bars", "strips").contains(cls) // which chart it is, for the page
                            && !Pattern.compile("\\." + Pattern.quote(cls) + "\\b")
                                    .matcher(css)
                                    .find()) {
                        unstyled.add(cls);
                    }
                }
            }
        }
        assertEquals(List.of(), unstyled.stream().distinct().toList());
        for (int i = 0; i < 8; i++) {
            assertTrue(css.contains(".c" + i + " ") && css.contains(".k" + i + " "), "colour " + i);
        }
    }

    @Test
    void chartsAreScalableSvgWithRoundedCoordinates() throws Exception {
        Pattern number = Pattern.compile("-?\\d+(\\.\\d)?");
        for (Figure figure : List.of(SPEEDUP, PERMITS, THROUGHPUT, SCHEDULE)) {
            Document doc = parse(FigureSvg.html(figure));
            Element svg = elements(doc, "/root/svg").getFirst();
            assertTrue(svg.getAttribute("viewBox").matches("0 0 720 \\d+(\\.\\d)?"), svg.getAttribute("viewBox"));
            assertEquals("img", svg.getAttribute("role"));
            for (Element e : elements(doc, "//*[@x or @y or @x1 or @cx or @width]")) {
                for (String a : List.of("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "width", "height")) {
                    if (e.hasAttribute(a)) {
                        assertTrue(number.matcher(e.getAttribute(a)).matches(), a + "=" + e.getAttribute(a));
                    }
                }
            }
        }
    }

    @Test
    void textIsEscapedAndComesBackWhole() throws Exception {
        Document plot = parse(FigureSvg.html(SPEEDUP));
        assertTrue(texts(plot, "//g[@class='legend']/text").contains(NASTY));
        Document grid = parse(FigureSvg.html(JOBS));
        assertTrue(texts(grid, "//td").contains(NASTY));
        assertTrue(texts(parse(FigureSvg.html(SCHEDULE)), "//text").contains("任务 B"));
    }

    @Test
    void everyMarkHasItsValueOnHover() throws Exception {
        for (Figure figure : List.of(SPEEDUP, PERMITS, THROUGHPUT, SCHEDULE)) {
            Document doc = parse(FigureSvg.html(figure));
            List<Element> marks = elements(
                    doc,
                    "//circle[contains(@class,'mark') and not(ancestor::g[@class='legend'])]"
                            + " | //rect[contains(@class,'bar') or contains(@class,'seg')]");
            assertFalse(marks.isEmpty(), figure.title());
            for (Element mark : marks) {
                assertEquals(
                        1, mark.getElementsByTagName("title").getLength(), figure.title() + " " + mark.getTagName());
            }
        }
        Document bars = parse(FigureSvg.html(THROUGHPUT));
        assertTrue(texts(bars, "//rect/title").contains("8 connections · threads: 41234.5 req/s"));
        Document plot = parse(FigureSvg.html(SPEEDUP));
        assertTrue(texts(plot, "//circle/title").contains(NASTY + ": workers = 2, speedup = 1.9×"));
    }

    @Test
    void eachLookIsDrawnItsWay() throws Exception {
        Document speedup = parse(FigureSvg.html(SPEEDUP));
        List<Element> lines = elements(speedup, "//polyline");
        assertEquals(2, lines.size(), "LINE and DASHED are polylines, POINTS is not");
        assertTrue(lines.get(0).getAttribute("class").contains("dashed"));
        assertFalse(lines.get(1).getAttribute("class").contains("dashed"));
        assertEquals(
                3 + 2, elements(speedup, "//g[not(@class='legend')]/circle").size(), "marks for LINE and POINTS only");

        Element step = elements(parse(FigureSvg.html(PERMITS)), "//path").getFirst();
        String d = step.getAttribute("d");
        assertTrue(d.matches("M[\\d.]+ [\\d.]+( H[\\d.]+ V[\\d.]+){3}"), d);
    }

    @Test
    void aMissingBarIsMarkedNotDrawn() throws Exception {
        Document doc = parse(FigureSvg.html(THROUGHPUT));
        assertEquals(3, elements(doc, "//rect[contains(@class,'bar')]").size());
        List<Element> missing = elements(doc, "//text[@class='missing']");
        assertEquals(1, missing.size());
        assertEquals(BarsLayout.MISSING, missing.getFirst().getFirstChild().getNodeValue());
        assertEquals(
                "1 connection · nio: –", missing.getFirst().getTextContent().substring(1));
        assertTrue(
                texts(doc, "//g[@class='value']/text").contains("41.2k req/s"),
                "a value over its bar, with its unit when every one fits");
    }

    @Test
    void aLogAxisLeavesOutWhatItCannotShow() throws Exception {
        Plot plot = new Plot(
                "latency",
                "",
                Axis.linear("percentile", "%"),
                Axis.log("latency", "ms"),
                List.of(new Plot.Series(
                        "p",
                        List.of(new Point(10, 0), new Point(50, 2.5), new Point(99, 340), new Point(100, -1)),
                        Look.LINE)));
        Document doc = parse(FigureSvg.html(plot));
        assertEquals(2, elements(doc, "//g[not(@class='legend')]/circle").size());
        List<String> ticks = texts(doc, "//g[@class='tick-label']/text");
        assertTrue(ticks.containsAll(List.of("1", "10", "100", "1k")), ticks.toString());
        assertTrue(texts(doc, "//text").contains("latency (ms)"));
    }

    @Test
    void nothingToDrawSaysSoInTheRunsLanguage() throws Exception {
        List<Figure> empty = List.of(
                new Plot("p", "", Axis.linear("x", ""), Axis.linear("y", ""), List.of()),
                new Plot(
                        "p",
                        "",
                        Axis.linear("x", ""),
                        Axis.log("y", ""),
                        List.of(new Plot.Series("s", List.of(new Point(1, 0)), Look.LINE))),
                new Bars("b", "", "v", "", List.of(), List.of()),
                new Strips("s", "", "ms", List.of(), List.of()),
                new Grid("g", "", List.of("a"), List.of()));
        for (Figure figure : empty) {
            Document doc = parse(FigureSvg.html(figure));
            assertEquals(List.of("no data"), texts(doc, "//p[@class='no-data']"), figure.toString());
        }
        String zh = ScopedValue.where(Texts.LANG, Lang.ZH).call(() -> FigureSvg.html(empty.getFirst()));
        assertTrue(zh.contains("没有数据"), zh);
    }

    @Test
    void onePointAndAllZerosAreDrawn() throws Exception {
        Plot one = new Plot(
                "one",
                "",
                Axis.linear("x", "s"),
                Axis.linear("y", "ms"),
                List.of(new Plot.Series("only", List.of(new Point(3, 2.5)), Look.STEP)));
        assertEquals(
                1,
                elements(parse(FigureSvg.html(one)), "//g[not(@class='legend')]/circle")
                        .size());
        Bars zeros = new Bars("z", "", "runs", "", List.of("a", "b"), List.of(new Bars.Series("", List.of(0.0, 0.0))));
        Document doc = parse(FigureSvg.html(zeros));
        assertEquals(2, elements(doc, "//rect[contains(@class,'bar')]").size());
        assertEquals(List.of("0", "0"), texts(doc, "//g[@class='value']/text"));
    }

    @Test
    void aLongLabelIsCutAndKeptWholeOnHover() throws Exception {
        String longLabel = "a row label much longer than the column it has at the left of the strips";
        Strips strips = new Strips(
                "s", "", "", List.of(new Strips.Row(longLabel, List.of(new Strips.Segment(0, 1, "", "k")))), List.of());
        Document doc = parse(FigureSvg.html(strips));
        Element label = elements(doc, "//text[@class='row-label']").getFirst();
        String shown = label.getFirstChild().getNodeValue();
        assertTrue(shown.endsWith("…") && shown.length() < longLabel.length(), shown);
        assertEquals(longLabel, label.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void segmentsAreColouredByTheLegendsOrderAndWrittenInWhenTheyFit() throws Exception {
        Document doc = parse(FigureSvg.html(SCHEDULE));
        List<String> classes = elements(doc, "//rect[contains(@class,'seg')]").stream()
                .map(e -> e.getAttribute("class"))
                .toList();
        assertEquals(List.of("seg k0", "seg k1", "seg k0"), classes);
        List<String> written = texts(doc, "//text[contains(@class,'seg-text')]");
        assertEquals(List.of("job A", "任务 B"), written, "the 1 ms segment is too narrow for its text");
        assertTrue(texts(doc, "//g[@class='legend']/text").containsAll(List.of("running", "waiting")));
        assertTrue(texts(doc, "//text").contains("ms"), "the time axis's unit");
    }

    @Test
    void aGridIsATableWithItsHeaderAndRows() throws Exception {
        Document doc = parse(FigureSvg.html(JOBS));
        assertEquals(List.of("job", "burst"), texts(doc, "/root/table[@class='grid']/thead/tr/th"));
        assertEquals(2, elements(doc, "//tbody/tr").size());
        assertEquals(
                List.of("num", "num"),
                elements(doc, "//tbody/tr/td[2]").stream()
                        .map(e -> e.getAttribute("class"))
                        .toList(),
                "numbers to the right");
        assertEquals("", elements(doc, "//tbody/tr/td[1]").getFirst().getAttribute("class"));
    }

    private static Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader("<root>" + html + "</root>")));
    }

    private static List<Element> elements(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Each element's own text, without its hover title. */
    private static List<String> texts(Document doc, String xpath) throws Exception {
        return elements(doc, xpath).stream()
                .map(e -> {
                    Node first = e.getFirstChild();
                    return first == null ? "" : first.getNodeValue();
                })
                .toList();
    }
}
