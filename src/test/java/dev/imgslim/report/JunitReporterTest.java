package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {

    @Test
    void matchesGolden() {
        Golden.assertMatches("junit", Samples.render("junit", Samples.mixed()));
    }

    @Test
    void oneSuitePerFileOneFailurePerFinding() throws Exception {
        Document doc = XmlReports.parse(Samples.render("junit", Samples.mixed()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("9"); // 7 findings + 1 file error + 1 clean file
        assertThat(root.getAttribute("failures")).isEqualTo("7");
        assertThat(root.getAttribute("errors")).isEqualTo("1");

        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        int testcases = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            int cases = suite.getElementsByTagName("testcase").getLength();
            assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases);
            assertThat(Integer.parseInt(suite.getAttribute("failures")))
                    .isEqualTo(suite.getElementsByTagName("failure").getLength());
            testcases += cases;
        }
        assertThat(testcases).isEqualTo(9);

        Element clean = (Element) suites.item(2);
        assertThat(clean.getAttribute("name")).isEqualTo("clean/Dockerfile");
        assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
        assertThat(((Element) suites.item(3)).getAttribute("name")).isEqualTo("services/café/Dockerfile");
    }

    @Test
    void messagesRoundTrip() throws Exception {
        Document doc = XmlReports.parse(Samples.render("junit", Samples.mixed()));
        NodeList failures = doc.getElementsByTagName("failure");
        String expected = Samples.mixed().findings().get(2).message();
        boolean found = false;
        for (int i = 0; i < failures.getLength(); i++) {
            if (((Element) failures.item(i)).getAttribute("message").equals(expected)) found = true;
        }
        assertThat(found).as("message with quotes, newline and <&> survives").isTrue();
        Element error = (Element) doc.getElementsByTagName("error").item(0);
        assertThat(error.getTextContent())
                .isEqualTo(Samples.mixed().errors().get(0).render());
    }
}
