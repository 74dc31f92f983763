package io.tessera.ui.kit.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Charts outside a UI render in English; the markup is parsed as XML, so it must be well-formed. */
class ChartsTest {

    static Document parse(SvgChart chart) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(chart.getSvg())));
    }

    static List<Element> all(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void barHeightsAreProportionalToValuesFromAZeroBaseline() throws Exception {
        BarChart chart = new BarChart("Revenue");
        chart.setData(List.of("Q1", "Q2", "Q3"), List.of(
                new Series("2025", List.of(new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("-25"))),
                new Series("2026", List.of(200, 0, 75.5))));
        Document svg = parse(chart);

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Revenue");
        assertThat(all(svg, "/svg/title").getFirst().getTextContent()).isEqualTo("Revenue");
        assertThat(all(svg, "/svg/desc").getFirst().getTextContent()).isEqualTo("2 series over 3 categories: 2025, 2026");

        List<Element> first = all(svg, "//g[@class='series'][1]/rect");
        List<Element> second = all(svg, "//g[@class='series'][2]/rect");
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(3);
        double unit = num(first.get(0), "height") / 100;
        assertThat(num(first.get(1), "height")).isCloseTo(50 * unit, within(0.02));
        assertThat(num(second.get(0), "height")).isCloseTo(200 * unit, within(0.02));
        assertThat(num(second.get(1), "height")).isZero();
        assertThat(num(second.get(2), "height")).isCloseTo(75.5 * unit, within(0.02));

        Element baseline = all(svg, "//line[@class='baseline']").getFirst();
        double zero = num(baseline, "y1");
        assertThat(num(first.get(0), "y") + num(first.get(0), "height")).isCloseTo(zero, within(0.02));
        assertThat(num(first.get(2), "y")).as("negative bar hangs from the baseline").isCloseTo(zero, within(0.02));
        assertThat(num(first.get(2), "height")).isCloseTo(25 * unit, within(0.02));

        assertThat(num(second.get(0), "x")).isGreaterThan(num(first.get(0), "x"));
        assertThat(num(first.get(1), "x")).isGreaterThan(num(second.get(0), "x"));
        assertThat(first.get(0).getTextContent()).isEqualTo("Q1 – 2025: 100");
        assertThat(second.get(2).getTextContent()).isEqualTo("Q3 – 2026: 75.5");

        List<String> ticks = all(svg, "//g[@class='ticks']/text").stream().map(Element::getTextContent).toList();
        assertThat(ticks).containsExactly("-50", "0", "50", "100", "150", "200");
        assertThat(all(svg, "//g[@class='categories']/text")).extracting(Element::getTextContent)
                .containsExactly("Q1", "Q2", "Q3");
        assertThat(all(svg, "//g[@class='legend-item']/text")).extracting(Element::getTextContent)
                .containsExactly("2025", "2026");
    }

    @Test
    void linePointsSitAtCategoryCentresAndValueHeights() throws Exception {
        LineChart chart = new LineChart("Leads");
        chart.setData(List.of("Jan", "Feb"), List.of(new Series("Leads", List.of(10, 20))));
        Document svg = parse(chart);

        List<Element> points = all(svg, "//g[@class='series']/circle");
        assertThat(points).hasSize(2);
        double zero = num(all(svg, "//line[@class='baseline']").getFirst(), "y1");
        double rise1 = zero - num(points.get(0), "cy");
        double rise2 = zero - num(points.get(1), "cy");
        assertThat(rise2).isCloseTo(2 * rise1, within(0.02));
        double band = (CategoryChart.RIGHT - CategoryChart.LEFT) / 2;
        assertThat(num(points.get(0), "cx")).isCloseTo(CategoryChart.LEFT + band / 2, within(0.01));
        assertThat(num(points.get(1), "cx")).isCloseTo(CategoryChart.LEFT + band * 1.5, within(0.01));
        String polyline = all(svg, "//polyline").getFirst().getAttribute("points");
        assertThat(polyline).isEqualTo(SvgWriter.number(num(points.get(0), "cx")) + "," + SvgWriter.number(num(points.get(0), "cy"))
                + " " + SvgWriter.number(num(points.get(1), "cx")) + "," + SvgWriter.number(num(points.get(1), "cy")));
    }

    @Test
    void everyTextIsEscapedAndEmptyDataSaysSo() throws Exception {
        String evil = "<script>alert('x')</script> & \"Co\"\u0007";
        BarChart chart = new BarChart(evil);
        assertThat(all(parse(chart), "/svg/text").getFirst().getTextContent()).isEqualTo("No data");

        chart.setData(List.of(evil), List.of(new Series(evil, List.of(1))));
        LineChart line = new LineChart(evil);
        line.setData(List.of(evil), List.of(new Series(evil, List.of(1))));
        for (SvgChart each : List.of(chart, line)) {
            assertThat(each.getSvg()).doesNotContain("<script").doesNotContain("\u0007");
            Document svg = parse(each);
            String clean = "<script>alert('x')</script> & \"Co\"";
            assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(clean);
            assertThat(all(svg, "/svg/title").getFirst().getTextContent()).isEqualTo(clean);
            assertThat(all(svg, "//text").stream().map(Element::getTextContent).anyMatch(t -> t.contains(clean))).isTrue();
        }
        assertThat(chart.getElement().getProperty("innerHTML")).isEqualTo(chart.getSvg());
    }

    @Test
    void seriesMustMatchTheCategories() {
        BarChart chart = new BarChart("x");
        assertThatThrownBy(() -> chart.setData(List.of("a", "b"), List.of(new Series("s", List.of(1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 categories");
        assertThatThrownBy(() -> chart.setData(List.of("a"), List.of(new Series("s", List.of(Double.NaN)))))
                .hasMessageContaining("not finite");
        assertThat(List.of(0.0, 0.004, -0.004, 12.0, 12.5, 12.05, -0.5, -1.25, 639.999, 1e-9, -7.0))
                .extracting(SvgWriter::number)
                .containsExactly("0", "0", "0", "12", "12.5", "12.05", "-0.5", "-1.25", "640", "0", "-7");
        Axis small = Axis.covering(0, 0.37);
        assertThat(small.step()).isCloseTo(0.1, within(1e-12));
        assertThat(small.max()).isCloseTo(0.4, within(1e-12));
        assertThat(small.ticks()).hasSize(5);
        assertThat(Axis.covering(-3, -1).max()).isZero();
    }
}
