package io.complaints.handling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** handling-service: the life of a case, from triage to callback, with its deadlines. */
@SpringBootApplication
public class HandlingApplication {

    public static void main(String[] args) {
        SpringApplication.run(HandlingApplication.class, args);
    }
}
