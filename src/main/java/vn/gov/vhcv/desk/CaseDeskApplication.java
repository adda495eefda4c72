package vn.gov.vhcv.desk;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The public-service culture case desk: one Spring Boot application embedding the Camunda 7 engine. */
@SpringBootApplication
@EnableProcessApplication("case-desk")
@ConfigurationPropertiesScan
public class CaseDeskApplication {

  static {
    // The engine creates a javax.xml DatatypeFactory for every timer and every job with a retry cycle; without
    // this property each creation searches every jar of the classpath for another implementation (ServiceLoader)
    // and finds none: 15 % of the time of starting a notice's send process (JFR, spike benchmark). The JDK's
    // own implementation is the one it falls back to anyway.
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }

  public static void main(String[] args) {
    SpringApplication.run(CaseDeskApplication.class, args);
  }
}
