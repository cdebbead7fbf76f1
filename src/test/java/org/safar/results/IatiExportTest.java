package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo project as an IATI 2.03 activity, valid against the official schema. */
@SafarIntegrationTest
class IatiExportTest {

  static final Path SCHEMA = Path.of("/work/shared/standards/iati-2.03/iati-activities-schema.xsd");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  long demoProject() {
    return jdbc.sql("select id from programme where code = 'PROTECT-MRC'")
        .query(Long.class)
        .single();
  }

  @Test
  void theDemoProjectIsAValidIatiActivityWithItsResults() throws Exception {
    StaffClient mande = StaffClient.signedIn(port, "mande", "safar-demo-2026");
    long project = demoProject();
    long audited = exported();
    HttpResponse<String> r = mande.get("/results/projects/" + project + "/iati.xml");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("xml");
    String xml = r.body();
    assertThat(xml)
        .contains("<iati-activities version=\"2.03\"")
        .contains("-PROTECT-MRC</iati-identifier>")
        .contains("<result type=\"1\">")
        .contains("<policy-marker vocabulary=\"1\" code=\"1\" significance=\"2\"")
        .contains("<indicator measure=\"1\" ascending=\"true\">")
        .contains("<period-start iso-date=")
        .contains("<dimension name=\"sex\" value=\"FEMALE\"");
    assertThat(exported()).isEqualTo(audited + 1);

    Assumptions.assumeTrue(
        Files.isRegularFile(SCHEMA), "IATI 2.03 schemas missing at " + SCHEMA + ": not validated");
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SCHEMA.toFile());
    // throws with line and column on the first invalid element
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void onlyReadersOfTheProjectExport() {
    long project = demoProject();
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    for (String f : new String[] {"iati.xml", "values.csv", "dhis2.json"}) {
      assertThat(counsellor.get("/results/projects/" + project + "/" + f).statusCode())
          .as(f)
          .isEqualTo(403);
    }
    assertThat(new StaffClient(port).get("/results/projects/" + project + "/iati.xml").statusCode())
        .isNotEqualTo(200);
  }

  private long exported() {
    return jdbc.sql("select count(*) from audit_event where action = 'EXPORTED'")
        .query(Long.class)
        .single();
  }
}
