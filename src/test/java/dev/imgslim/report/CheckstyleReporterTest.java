package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleReporterTest {

    @Test
    void matchesGolden() {
        Golden.assertMatches("checkstyle", Samples.render("checkstyle", Samples.mixed()));
    }

    @Test
    void parsesAndRoundTripsTrickyMessages() throws Exception {
        Document doc = XmlReports.parse(Samples.render("checkstyle", Samples.mixed()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        assertThat(root.getAttribute("version")).isEqualTo("4.3");
        NodeList files = root.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(4);
        assertThat(((Element) files.item(3)).getAttribute("name")).isEqualTo("services/café/Dockerfile");

        NodeList errors = root.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(8);
        Element copy = find(errors, "imgslim.IS010");
        assertThat(copy.getAttribute("message"))
                .isEqualTo(Samples.mixed().findings().get(2).message());
        assertThat(copy.getAttribute("severity")).isEqualTo("error");
        assertThat(find(errors, "imgslim.IS520").getAttribute("severity")).isEqualTo("info");
        assertThat(find(errors, "imgslim.file-error").getAttribute("line")).isEqualTo("2");
    }

    @Test
    void cleanFileIsListedEmpty() throws Exception {
        Document doc = XmlReports.parse(Samples.render("checkstyle", Samples.clean()));
        Element file = (Element) doc.getElementsByTagName("file").item(0);
        assertThat(file.getAttribute("name")).isEqualTo("clean/Dockerfile");
        assertThat(file.getChildNodes().getLength()).isZero();
    }

    @Test
    void characterXmlCannotCarryIsReplacedNotEmitted() throws Exception {
        assertThat(Xml.attr("a\u0001b\uD800c\uD83D\uDE00\t")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00&#9;");
        assertThat(Xml.text("]]>\r")).isEqualTo("]]&gt;&#13;");
    }

    static Element find(NodeList errors, String source) {
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            if (e.getAttribute("source").equals(source)) return e;
        }
        throw new AssertionError("no error with source " + source);
    }
}
