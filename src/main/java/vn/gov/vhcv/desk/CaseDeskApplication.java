package vn.gov.vhcv.desk;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The public-service culture case desk: one Spring Boot application embedding the Camunda 7 engine. */
@SpringBootApplication
@EnableProcessApplication("case-desk")
@ConfigurationPropertiesScan
public class CaseDeskApplication {
  public static void main(String[] args) {
    SpringApplication.run(CaseDeskApplication.class, args);
  }
}
