package dev.tracking.sample.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The tracking platform as a Spring Boot application: {@code tracking-spring-boot-starter} configures the database
 * schema, the Jdbi persistence, the platform, the job engine, e-mail and the REST API under {@code /api/v1}; this
 * application adds only what a host decides for itself: who its users are ({@link SampleSecurityConfiguration}) and,
 * for the demo, some data to look at ({@link DemoDataSeeder}). Everything else is in {@code application.yml}.
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
